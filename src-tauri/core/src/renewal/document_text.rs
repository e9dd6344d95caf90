//! The words of the renewal documents (accession card, tax notification) in
//! the six languages. They live in the core rather than the UI's Fluent
//! files because the documents are made here, by the CLI as much as by the
//! desktop app, and a signed document must not depend on the UI bundle.

use crate::locale::Language;

/// Labels and sentences of the accession card.
#[derive(Debug, Clone, Copy)]
pub struct CardText {
    /// Document title.
    pub title: &'static str,
    /// What the signatory declares by signing.
    pub intro: &'static str,
    /// Heading of the signatory's part.
    pub signatory: &'static str,
    /// The director's name.
    pub director: &'static str,
    /// The organization.
    pub organization: &'static str,
    /// National or tax identifier.
    pub tax_id: &'static str,
    /// E-mail of the new certificate.
    pub email: &'static str,
    /// Heading of the current certificate's part.
    pub current: &'static str,
    /// Serial number.
    pub serial: &'static str,
    /// End of validity.
    pub valid_until: &'static str,
    /// The certification authority.
    pub ca: &'static str,
    /// Heading of the request's part.
    pub request: &'static str,
    /// Subject of the request.
    pub subject: &'static str,
    /// Key algorithm.
    pub algorithm: &'static str,
    /// Hash of the public key.
    pub spki: &'static str,
    /// Start date.
    pub start: &'static str,
    /// Term.
    pub term: &'static str,
    /// Price.
    pub price: &'static str,
    /// Not in the price list.
    pub no_price: &'static str,
    /// Contact person.
    pub contact: &'static str,
    /// Phone.
    pub phone: &'static str,
    /// Date of the card.
    pub date: &'static str,
    /// Under the signature line.
    pub signature: &'static str,
    /// Why the PDF is signed (its signature's reason).
    pub reason: &'static str,
}

/// Labels of the tax notification.
#[derive(Debug, Clone, Copy)]
pub struct NotificationText {
    /// Document title.
    pub title: &'static str,
    /// What the document says.
    pub intro: &'static str,
    /// The run.
    pub run: &'static str,
    /// Date of the notification.
    pub date: &'static str,
    /// Column: the director.
    pub director: &'static str,
    /// Column: tax identifier.
    pub tax_id: &'static str,
    /// Column: serial number.
    pub serial: &'static str,
    /// Column: start of validity.
    pub valid_from: &'static str,
    /// Column: end of validity.
    pub valid_until: &'static str,
    /// Column: issuer.
    pub issuer: &'static str,
    /// Under the signature line.
    pub signature: &'static str,
}

/// The card's words in `lang`.
pub fn card(lang: Language) -> CardText {
    match lang {
        Language::En => CardText {
            title: "Accession card to the agreement on personal data processing",
            intro: "By signing this card with the qualified electronic signature of the current certificate, the signatory joins the certification authority's agreement on the processing of personal data and asks it to renew the certificate below without any change of its data.",
            signatory: "Signatory",
            director: "Director",
            organization: "Organization",
            tax_id: "Tax number",
            email: "E-mail",
            current: "Current certificate",
            serial: "Serial number",
            valid_until: "Valid until",
            ca: "Certification authority",
            request: "Request for the new certificate",
            subject: "Subject",
            algorithm: "Key algorithm",
            spki: "Public key SHA-256",
            start: "Start date",
            term: "Term",
            price: "Price",
            no_price: "not in the price list",
            contact: "Contact person",
            phone: "Phone",
            date: "Date",
            signature: "Signature of the director (qualified electronic signature)",
            reason: "Accession card for certificate renewal",
        },
        Language::Pl => CardText {
            title: "Karta przystąpienia do umowy o przetwarzaniu danych osobowych",
            intro: "Podpisując tę kartę kwalifikowanym podpisem elektronicznym obecnego certyfikatu, podpisujący przystępuje do umowy centrum certyfikacji o przetwarzaniu danych osobowych i wnosi o odnowienie poniższego certyfikatu bez zmiany jego danych.",
            signatory: "Podpisujący",
            director: "Dyrektor",
            organization: "Organizacja",
            tax_id: "Numer podatkowy",
            email: "E-mail",
            current: "Obecny certyfikat",
            serial: "Numer seryjny",
            valid_until: "Ważny do",
            ca: "Centrum certyfikacji",
            request: "Wniosek o nowy certyfikat",
            subject: "Podmiot",
            algorithm: "Algorytm klucza",
            spki: "SHA-256 klucza publicznego",
            start: "Data początkowa",
            term: "Okres",
            price: "Cena",
            no_price: "brak w cenniku",
            contact: "Osoba kontaktowa",
            phone: "Telefon",
            date: "Data",
            signature: "Podpis dyrektora (kwalifikowany podpis elektroniczny)",
            reason: "Karta przystąpienia do odnowienia certyfikatu",
        },
        Language::He => CardText {
            title: "כרטיס הצטרפות להסכם עיבוד מידע אישי",
            intro: "בחתימה על כרטיס זה בחתימה אלקטרונית מאושרת של התעודה הנוכחית, החותם מצטרף להסכם הגורם המאשר על עיבוד מידע אישי ומבקש לחדש את התעודה שלהלן ללא שינוי בנתוניה.",
            signatory: "החותם",
            director: "מנהל",
            organization: "ארגון",
            tax_id: "מספר מס",
            email: "דואר אלקטרוני",
            current: "התעודה הנוכחית",
            serial: "מספר סידורי",
            valid_until: "בתוקף עד",
            ca: "גורם מאשר",
            request: "בקשה לתעודה החדשה",
            subject: "נושא",
            algorithm: "אלגוריתם המפתח",
            spki: "SHA-256 של המפתח הציבורי",
            start: "תאריך התחלה",
            term: "תקופה",
            price: "מחיר",
            no_price: "לא במחירון",
            contact: "איש קשר",
            phone: "טלפון",
            date: "תאריך",
            signature: "חתימת המנהל (חתימה אלקטרונית מאושרת)",
            reason: "כרטיס הצטרפות לחידוש תעודה",
        },
        Language::It => CardText {
            title: "Scheda di adesione al contratto sul trattamento dei dati personali",
            intro: "Firmando questa scheda con la firma elettronica qualificata del certificato attuale, il firmatario aderisce al contratto dell'autorità di certificazione sul trattamento dei dati personali e chiede il rinnovo del certificato seguente senza modifiche dei suoi dati.",
            signatory: "Firmatario",
            director: "Amministratore",
            organization: "Organizzazione",
            tax_id: "Codice fiscale",
            email: "E-mail",
            current: "Certificato attuale",
            serial: "Numero di serie",
            valid_until: "Valido fino al",
            ca: "Autorità di certificazione",
            request: "Richiesta del nuovo certificato",
            subject: "Soggetto",
            algorithm: "Algoritmo della chiave",
            spki: "SHA-256 della chiave pubblica",
            start: "Data di inizio",
            term: "Durata",
            price: "Prezzo",
            no_price: "non nel listino",
            contact: "Referente",
            phone: "Telefono",
            date: "Data",
            signature: "Firma dell'amministratore (firma elettronica qualificata)",
            reason: "Scheda di adesione per il rinnovo del certificato",
        },
        Language::Ru => CardText {
            title: "Карточка присоединения к договору об обработке персональных данных",
            intro: "Подписывая эту карточку квалифицированной электронной подписью действующего сертификата, подписант присоединяется к договору центра сертификации об обработке персональных данных и просит продлить указанный ниже сертификат без изменения его данных.",
            signatory: "Подписант",
            director: "Директор",
            organization: "Организация",
            tax_id: "Налоговый номер",
            email: "Электронная почта",
            current: "Действующий сертификат",
            serial: "Серийный номер",
            valid_until: "Действителен до",
            ca: "Центр сертификации",
            request: "Заявка на новый сертификат",
            subject: "Субъект",
            algorithm: "Алгоритм ключа",
            spki: "SHA-256 открытого ключа",
            start: "Дата начала",
            term: "Срок",
            price: "Цена",
            no_price: "нет в прайс-листе",
            contact: "Контактное лицо",
            phone: "Телефон",
            date: "Дата",
            signature: "Подпись директора (квалифицированная электронная подпись)",
            reason: "Карточка присоединения для продления сертификата",
        },
        Language::Uk => CardText {
            title: "Картка приєднання до договору про обробку персональних даних",
            intro: "Підписуючи цю картку кваліфікованим електронним підписом чинного сертифіката, підписувач приєднується до договору кваліфікованого надавача електронних довірчих послуг про обробку персональних даних і просить продовжити наведений нижче сертифікат без змін у даних.",
            signatory: "Підписувач",
            director: "Директор",
            organization: "Організація",
            tax_id: "Податковий номер",
            email: "Електронна пошта",
            current: "Чинний сертифікат",
            serial: "Серійний номер",
            valid_until: "Чинний до",
            ca: "Надавач послуг (АЦСК)",
            request: "Заявка на новий сертифікат",
            subject: "Суб'єкт",
            algorithm: "Алгоритм ключа",
            spki: "SHA-256 відкритого ключа",
            start: "Дата початку",
            term: "Строк",
            price: "Ціна",
            no_price: "немає в прайс-листі",
            contact: "Контактна особа",
            phone: "Телефон",
            date: "Дата",
            signature: "Підпис директора (кваліфікований електронний підпис)",
            reason: "Картка приєднання для продовження сертифіката",
        },
    }
}

/// A term of one or two years, in words of `lang`.
pub fn term(lang: Language, years: i64) -> String {
    let one = years == 1;
    match lang {
        Language::En if one => "1 year".into(),
        Language::En => format!("{years} years"),
        Language::Pl if one => "1 rok".into(),
        Language::Pl => format!("{years} lata"),
        Language::He if one => "שנה אחת".into(),
        Language::He => "שנתיים".into(),
        Language::It if one => "1 anno".into(),
        Language::It => format!("{years} anni"),
        Language::Ru if one => "1 год".into(),
        Language::Ru => format!("{years} года"),
        Language::Uk if one => "1 рік".into(),
        Language::Uk => format!("{years} роки"),
    }
}

/// The notification's words in `lang`.
pub fn notification(lang: Language) -> NotificationText {
    match lang {
        Language::En => NotificationText {
            title: "Notification of new qualified certificates",
            intro: "The following qualified certificates of the signatories were issued on renewal and are now in use; each replaces the signatory's previous certificate.",
            run: "Renewal run",
            date: "Date",
            director: "Director",
            tax_id: "Tax number",
            serial: "Serial number",
            valid_from: "Valid from",
            valid_until: "Valid until",
            issuer: "Issuer",
            signature: "Signature of the taxpayer",
        },
        Language::Pl => NotificationText {
            title: "Zawiadomienie o nowych certyfikatach kwalifikowanych",
            intro: "Poniższe certyfikaty kwalifikowane podpisujących zostały wydane w ramach odnowienia i są obecnie używane; każdy zastępuje poprzedni certyfikat podpisującego.",
            run: "Odnowienie",
            date: "Data",
            director: "Dyrektor",
            tax_id: "Numer podatkowy",
            serial: "Numer seryjny",
            valid_from: "Ważny od",
            valid_until: "Ważny do",
            issuer: "Wystawca",
            signature: "Podpis podatnika",
        },
        Language::He => NotificationText {
            title: "הודעה על תעודות אלקטרוניות חדשות",
            intro: "התעודות הבאות של החותמים הונפקו בחידוש ונמצאות כעת בשימוש; כל אחת מחליפה את התעודה הקודמת של החותם.",
            run: "סבב חידוש",
            date: "תאריך",
            director: "מנהל",
            tax_id: "מספר מס",
            serial: "מספר סידורי",
            valid_from: "בתוקף מ",
            valid_until: "בתוקף עד",
            issuer: "מנפיק",
            signature: "חתימת הנישום",
        },
        Language::It => NotificationText {
            title: "Comunicazione dei nuovi certificati qualificati",
            intro: "I seguenti certificati qualificati dei firmatari sono stati emessi per rinnovo e sono ora in uso; ciascuno sostituisce il certificato precedente del firmatario.",
            run: "Rinnovo",
            date: "Data",
            director: "Amministratore",
            tax_id: "Codice fiscale",
            serial: "Numero di serie",
            valid_from: "Valido dal",
            valid_until: "Valido fino al",
            issuer: "Emittente",
            signature: "Firma del contribuente",
        },
        Language::Ru => NotificationText {
            title: "Уведомление о новых квалифицированных сертификатах",
            intro: "Следующие квалифицированные сертификаты подписантов выданы при продлении и используются; каждый заменяет предыдущий сертификат подписанта.",
            run: "Продление",
            date: "Дата",
            director: "Директор",
            tax_id: "Налоговый номер",
            serial: "Серийный номер",
            valid_from: "Действителен с",
            valid_until: "Действителен до",
            issuer: "Издатель",
            signature: "Подпись налогоплательщика",
        },
        Language::Uk => NotificationText {
            title: "Повідомлення про нові кваліфіковані сертифікати",
            intro: "Наведені нижче кваліфіковані сертифікати підписувачів видано під час продовження, і вони використовуються; кожен замінює попередній сертифікат підписувача.",
            run: "Продовження",
            date: "Дата",
            director: "Директор",
            tax_id: "Податковий номер",
            serial: "Серійний номер",
            valid_from: "Чинний з",
            valid_until: "Чинний до",
            issuer: "Видавець",
            signature: "Підпис платника податків",
        },
    }
}
