//! The subject and text of the e-mail that carries a renewal request to the
//! CA. Plain sentences per language for now; this is the one place a mail
//! template (`renewal-request`) replaces when templates are part of the
//! core.

use crate::locale::Language;

/// What the mail says about one request.
#[derive(Debug, Clone)]
pub struct RequestFacts<'a> {
    /// The old certificate's subject.
    pub subject: &'a str,
    /// Start date of the new certificate.
    pub start: &'a str,
    /// Contact person.
    pub contact: &'a str,
    /// Contact phone.
    pub phone: &'a str,
}

/// Subject and plain text of the request mail in `lang`.
pub fn request_mail(lang: Language, facts: &RequestFacts<'_>) -> (String, String) {
    let RequestFacts {
        subject,
        start,
        contact,
        phone,
    } = facts;
    match lang {
        Language::En => (
            format!("Certificate renewal request: {subject}"),
            format!(
                "Please find attached the renewal request (a CMS envelope signed with the current certificate) for {subject}.\nStart date of the new certificate: {start}.\nContact: {contact}, {phone}.\n"
            ),
        ),
        Language::Pl => (
            format!("Wniosek o odnowienie certyfikatu: {subject}"),
            format!(
                "W załączeniu wniosek o odnowienie (koperta CMS podpisana obecnym certyfikatem) dla {subject}.\nData początku ważności nowego certyfikatu: {start}.\nKontakt: {contact}, {phone}.\n"
            ),
        ),
        Language::He => (
            format!("בקשה לחידוש אישור: {subject}"),
            format!(
                "מצורפת בקשת החידוש (מעטפת CMS חתומה באישור הנוכחי) עבור {subject}.\nתאריך תחילת האישור החדש: {start}.\nאיש קשר: {contact}, {phone}.\n"
            ),
        ),
        Language::It => (
            format!("Richiesta di rinnovo del certificato: {subject}"),
            format!(
                "In allegato la richiesta di rinnovo (busta CMS firmata con il certificato attuale) per {subject}.\nData di inizio del nuovo certificato: {start}.\nContatto: {contact}, {phone}.\n"
            ),
        ),
        Language::Ru => (
            format!("Заявка на продление сертификата: {subject}"),
            format!(
                "Во вложении заявка на продление (конверт CMS, подписанный действующим сертификатом) для {subject}.\nДата начала действия нового сертификата: {start}.\nКонтакт: {contact}, {phone}.\n"
            ),
        ),
        Language::Uk => (
            format!("Заявка на продовження сертифіката: {subject}"),
            format!(
                "У вкладенні заявка на продовження (конверт CMS, підписаний чинним сертифікатом) для {subject}.\nДата початку дії нового сертифіката: {start}.\nКонтакт: {contact}, {phone}.\n"
            ),
        ),
    }
}
