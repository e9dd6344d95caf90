//! The shipped table of mail providers' SMTP settings and detection of the
//! provider from the sender's address.
//!
//! The table is a TOML file in the repository (`data/mail-providers.toml`),
//! embedded at build time so it cannot go missing; each entry names its
//! source.

use super::{AuthMethod, Security};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../data/mail-providers.toml");

/// A provider note: a stable code (localized by the UI) and English text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(from = "String")]
#[ts(export)]
pub struct Note {
    /// Stable code, e.g. `app-password`.
    pub code: String,
    /// English explanation.
    pub text: String,
}

/// The table names a provider's notes by code alone; [`parse`] then fills
/// in each one's text from the table's list of notes.
impl From<String> for Note {
    fn from(code: String) -> Self {
        Note {
            code,
            text: String::new(),
        }
    }
}

/// One provider's submission settings, as the table gives them.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Provider {
    /// Display name.
    pub name: String,
    /// The mail domains this provider serves, lower-case ASCII.
    pub domains: Vec<String>,
    /// SMTP submission host.
    pub host: String,
    /// SMTP submission port.
    pub port: u16,
    /// Connection protection.
    pub security: Security,
    /// Authentication methods, preferred first (empty: none).
    pub auth: Vec<AuthMethod>,
    /// Things the user must know or do.
    pub notes: Vec<Note>,
    /// Whether a Bcc (e.g. to self) is accepted; false for Italian PEC.
    pub bcc_allowed: bool,
    /// Where the settings come from.
    pub source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    notes: BTreeMap<String, String>,
    provider: Vec<Provider>,
}

/// Parses and checks a provider table; an error names the broken entry.
fn parse(text: &str) -> Result<Vec<Provider>, String> {
    let raw: RawTable = toml::from_str(text).map_err(|err| err.to_string())?;
    let mut seen = BTreeMap::new();
    let mut providers = Vec::with_capacity(raw.provider.len());
    for mut entry in raw.provider {
        let name = entry.name.clone();
        if entry.host.trim().is_empty() || entry.host.contains(char::is_whitespace) {
            return Err(format!("{name}: bad host"));
        }
        if entry.source.trim().is_empty() {
            return Err(format!("{name}: no source"));
        }
        // 465 is implicit TLS and 587 STARTTLS by RFC 8314; anything else
        // (a local bridge, an ISP relay) must carry a note saying why.
        let usual = matches!(
            (entry.port, entry.security),
            (465, Security::Tls) | (587, Security::Starttls)
        );
        if !usual && entry.notes.is_empty() {
            return Err(format!("{name}: unusual port/security without a note"));
        }
        if entry.security == Security::None
            && !entry.notes.iter().any(|n| n.code == "isp-relay-only")
        {
            return Err(format!("{name}: no encryption without the relay note"));
        }
        for note in &mut entry.notes {
            note.text = raw
                .notes
                .get(&note.code)
                .ok_or_else(|| format!("{name}: unknown note {}", note.code))?
                .clone();
        }
        for domain in &entry.domains {
            let normal =
                normalize_domain(domain).ok_or_else(|| format!("{name}: bad domain {domain}"))?;
            if normal != *domain {
                return Err(format!("{name}: domain {domain} not in normal form"));
            }
            if let Some(other) = seen.insert(normal, name.clone()) {
                return Err(format!("{name}: domain {domain} also in {other}"));
            }
        }
        if entry.domains.is_empty() {
            return Err(format!("{name}: no domains"));
        }
        providers.push(entry);
    }
    Ok(providers)
}

/// The shipped provider table.
pub fn all() -> &'static [Provider] {
    static PROVIDERS: OnceLock<Vec<Provider>> = OnceLock::new();
    PROVIDERS.get_or_init(|| {
        // The table is part of the build and checked by a unit test, so a
        // broken table is a build defect, not a user error: fall back to an
        // empty table rather than panic.
        parse(TABLE).unwrap_or_default()
    })
}

/// Lower-case ASCII (punycode) form of a domain, or `None` if it is not a
/// valid domain name.
pub fn normalize_domain(domain: &str) -> Option<String> {
    let trimmed = domain.trim().trim_end_matches('.');
    if trimmed.is_empty() {
        return None;
    }
    let ascii = idna::domain_to_ascii(trimmed).ok()?;
    if ascii.is_empty() || ascii.split('.').any(str::is_empty) {
        return None;
    }
    Some(ascii)
}

/// The provider serving an address (`name@domain`) or a bare domain,
/// compared case-insensitively after IDN normalization. Subdomains match
/// only when the table lists them.
pub fn lookup(address_or_domain: &str) -> Option<&'static Provider> {
    let domain = match address_or_domain.rsplit_once('@') {
        Some((_, domain)) => domain,
        None => address_or_domain,
    };
    let domain = normalize_domain(domain)?;
    all()
        .iter()
        .find(|provider| provider.domains.contains(&domain))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_table_is_valid() {
        let providers = parse(TABLE).expect("table valid");
        assert!(providers.len() >= 30);
        assert_eq!(all().len(), providers.len());
    }

    #[test]
    fn lookup_by_address_and_domain() {
        assert_eq!(lookup("Someone@GMAIL.com").unwrap().host, "smtp.gmail.com");
        assert_eq!(lookup("wp.pl").unwrap().host, "smtp.wp.pl");
        assert_eq!(lookup("x@ukr.net.").unwrap().port, 465);
        assert!(!lookup("a@pec.it").unwrap().bcc_allowed);
        assert!(
            lookup("a@mail.gmail.com").is_none(),
            "subdomains are not guessed"
        );
        assert!(lookup("a@example.org").is_none());
        assert!(lookup("a@").is_none());
        assert!(lookup("").is_none());
        assert!(lookup("a@bad..domain").is_none());
    }

    #[test]
    fn idn_domains_are_normalized() {
        assert_eq!(
            normalize_domain("Bücher.DE").as_deref(),
            Some("xn--bcher-kva.de")
        );
    }

    #[test]
    fn broken_tables_are_refused() {
        let base = "[notes]\nx = \"y\"\n[[provider]]\nname = \"A\"\ndomains = [\"a.com\"]\nhost = \"smtp.a.com\"\nsource = \"s\"\nbcc_allowed = true\nauth = [\"plain\"]\n";
        assert!(parse(&format!(
            "{base}port = 465\nsecurity = \"tls\"\nnotes = []\n"
        ))
        .is_ok());
        assert!(parse(&format!(
            "{base}port = 465\nsecurity = \"starttls\"\nnotes = []\n"
        ))
        .is_err());
        assert_eq!(
            parse(&format!(
                "{base}port = 25\nsecurity = \"tls\"\nnotes = [\"zz\"]\n"
            ))
            .unwrap_err(),
            "A: unknown note zz"
        );
        let noted = parse(&format!(
            "{base}port = 25\nsecurity = \"tls\"\nnotes = [\"x\"]\n"
        ))
        .unwrap();
        assert_eq!(
            noted[0].notes,
            [Note {
                code: "x".into(),
                text: "y".into()
            }]
        );
        let dup = format!("{base}port = 465\nsecurity = \"tls\"\nnotes = []\n[[provider]]\nname = \"B\"\ndomains = [\"a.com\"]\nhost = \"h\"\nsource = \"s\"\nbcc_allowed = true\nauth = []\nport = 465\nsecurity = \"tls\"\nnotes = []\n");
        assert!(parse(&dup).unwrap_err().contains("also in"));
    }
}
