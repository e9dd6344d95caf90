//! Distinguished names as people read them: RFC 4514 strings with UTF-8
//! kept as typed, so certificates and requests show the same subject.

use x509_parser::x509::{AttributeTypeAndValue, X509Name};

/// Short names for the attributes SealDesk writes and commonly meets.
pub(crate) fn attribute_name(oid: &str) -> String {
    match oid {
        "2.5.4.3" => "CN",
        "2.5.4.6" => "C",
        "2.5.4.7" => "L",
        "2.5.4.8" => "ST",
        "2.5.4.9" => "street",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        "2.5.4.4" => "SN",
        "2.5.4.42" => "givenName",
        "2.5.4.12" => "title",
        "2.5.4.5" => "serialNumber",
        "2.5.4.65" => "pseudonym",
        "2.5.4.97" => "organizationIdentifier",
        "0.9.2342.19200300.100.1.1" => "UID",
        "0.9.2342.19200300.100.1.25" => "DC",
        "1.2.840.113549.1.9.1" => "emailAddress",
        other => other,
    }
    .to_string()
}

pub(crate) fn attribute_text(attr: &AttributeTypeAndValue<'_>) -> String {
    match attr.as_str() {
        Ok(text) => text.to_string(),
        // BMPString (UTF-16BE), which as_str() does not decode; anything
        // else undecodable is shown as hex, RFC 4514 style.
        Err(_) => {
            let value = attr.attr_value();
            if value.header.tag().0 == 30 && value.data.len() % 2 == 0 {
                let units: Vec<u16> = value
                    .data
                    .chunks_exact(2)
                    .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
                    .collect();
                String::from_utf16_lossy(&units)
            } else {
                format!("#{}", hex::encode(value.data))
            }
        }
    }
}

/// RFC 4514 string: relative names in reverse order, special characters
/// escaped, UTF-8 kept as is (not hex-escaped) so names stay readable.
pub(crate) fn rfc4514(name: &X509Name<'_>) -> String {
    let rdns: Vec<String> = name
        .iter_rdn()
        .map(|rdn| {
            rdn.iter()
                .map(|attr| {
                    format!(
                        "{}={}",
                        attribute_name(&attr.attr_type().to_id_string()),
                        escape(&attribute_text(attr))
                    )
                })
                .collect::<Vec<_>>()
                .join("+")
        })
        .collect();
    rdns.into_iter().rev().collect::<Vec<_>>().join(", ")
}

fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let last = value.chars().count().saturating_sub(1);
    for (i, c) in value.chars().enumerate() {
        let special = matches!(c, ',' | '+' | '"' | '\\' | '<' | '>' | ';')
            || (i == 0 && (c == '#' || c == ' '))
            || (i == last && c == ' ');
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_rfc_4514() {
        assert_eq!(escape("Kowalski, Jan"), "Kowalski\\, Jan");
        assert_eq!(escape("#1 "), "\\#1\\ ");
        assert_eq!(escape("ТОВ «Ромашка»"), "ТОВ «Ромашка»");
    }
}
