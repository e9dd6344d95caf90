//! Distinguished names as people read them: RFC 4514 strings with UTF-8
//! kept as typed, so certificates and requests show the same subject.

use const_oid::ObjectIdentifier;
use der::asn1::AnyRef;
use der::{Decode, Reader, SliceReader, Tag, Tagged};
use x509_cert::attr::AttributeTypeAndValue;

/// A distinguished name with its relative names and their attributes in the
/// order of the DER. x509-cert's `Name` re-sorts the attributes of a
/// multi-valued RDN into DER set order, which would change how the names of
/// certificates with unsorted ones (written by lenient tools) read, and the
/// subjects already stored for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OrderedName(Vec<Vec<AttributeTypeAndValue>>);

impl OrderedName {
    /// Reads a Name (RDNSequence) from its whole DER.
    pub(crate) fn from_der(der: &[u8]) -> der::Result<Self> {
        let rdns = SliceReader::new(der)?.sequence(|sequence| {
            let mut rdns = Vec::new();
            while !sequence.is_finished() {
                let set = AnyRef::decode(sequence)?;
                set.tag().assert_eq(Tag::Set)?;
                let mut attributes = Vec::new();
                let mut reader = SliceReader::new(set.value())?;
                while !reader.is_finished() {
                    attributes.push(AttributeTypeAndValue::decode(&mut reader)?);
                }
                rdns.push(attributes);
            }
            Ok::<_, der::Error>(rdns)
        })?;
        Ok(Self(rdns))
    }

    /// The relative names, most general first (as in the DER).
    pub(crate) fn rdns(&self) -> impl Iterator<Item = &[AttributeTypeAndValue]> {
        self.0.iter().map(Vec::as_slice)
    }

    /// Every attribute in DER order.
    pub(crate) fn attributes(&self) -> impl Iterator<Item = &AttributeTypeAndValue> {
        self.0.iter().flatten()
    }
}

/// commonName.
pub(crate) const COMMON_NAME: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.3");
/// organizationName.
pub(crate) const ORGANIZATION: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.10");
/// The PKCS#9 emailAddress some subjects still carry.
pub(crate) const EMAIL_ADDRESS: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.1");

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

/// The value of an attribute as text. The string types that hold UTF-8
/// compatible bytes (UTF8String, PrintableString, IA5String, NumericString)
/// are shown as they are, BMPString (UTF-16BE) is decoded; anything else
/// (TeletexString, UniversalString, a non-string) is shown as the hex of its
/// contents, RFC 4514 style. This is what SealDesk has always shown, so the
/// stored subjects of existing certificates keep matching.
pub(crate) fn attribute_text(attr: &AttributeTypeAndValue) -> String {
    let bytes = attr.value.value();
    let tag = attr.value.tag();
    if matches!(
        tag,
        Tag::NumericString | Tag::PrintableString | Tag::Utf8String | Tag::Ia5String
    ) {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return text.to_string();
        }
    }
    if tag == Tag::BmpString && bytes.len() % 2 == 0 {
        let units: Vec<u16> = bytes
            .chunks_exact(2)
            .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    format!("#{}", hex::encode(bytes))
}

/// The value when it is a string type whose bytes are text as they are
/// (UTF8String, PrintableString, IA5String, NumericString); `None` for
/// BMPString, TeletexString and the rest, which callers that want a plain
/// value (a CA's name, a PDF's signer name) have always skipped.
pub(crate) fn plain_text(attr: &AttributeTypeAndValue) -> Option<&str> {
    matches!(
        attr.value.tag(),
        Tag::NumericString | Tag::PrintableString | Tag::Utf8String | Tag::Ia5String
    )
    .then(|| std::str::from_utf8(attr.value.value()).ok())
    .flatten()
}

/// The attributes of type `oid` in `name`, in certificate order.
pub(crate) fn attributes_of(
    name: &OrderedName,
    oid: ObjectIdentifier,
) -> impl Iterator<Item = &AttributeTypeAndValue> {
    name.attributes().filter(move |attr| attr.oid == oid)
}

/// The first plain-text value among the attributes of the first type in
/// `oids` that has one, then of the next type, and so on.
pub(crate) fn first_text(name: &OrderedName, oids: &[ObjectIdentifier]) -> Option<String> {
    oids.iter()
        .find_map(|oid| attributes_of(name, *oid).find_map(plain_text))
        .map(str::to_string)
}

/// The name on one line in certificate order (`C=PL, O=Firma, CN=Jan`),
/// multi-valued RDNs joined with ` + `: the form SealDesk has always used
/// for a CA's name in the renewal price list when the CA has no plain
/// common or organization name, so prices already entered keep matching.
/// A value that cannot be shown as text spoils the whole name, as it did.
pub(crate) fn one_line(name: &OrderedName) -> String {
    let rdns: Option<Vec<String>> = name
        .rdns()
        .filter(|rdn| !rdn.is_empty())
        .map(|rdn| {
            rdn.iter()
                .map(|attr| {
                    let value = one_line_value(attr)?;
                    Some(format!("{}={value}", one_line_type(&attr.oid)))
                })
                .collect::<Option<Vec<_>>>()
                .map(|attrs| attrs.join(" + "))
        })
        .collect();
    match rdns {
        Some(rdns) => rdns.join(", "),
        None => "<X509Error: Invalid X.509 name>".to_string(),
    }
}

fn one_line_value(attr: &AttributeTypeAndValue) -> Option<String> {
    let bytes = attr.value.value();
    match attr.value.tag() {
        Tag::NumericString
        | Tag::VisibleString
        | Tag::PrintableString
        | Tag::GeneralString
        | Tag::TeletexString
        | Tag::VideotexString
        | Tag::Utf8String
        | Tag::Ia5String => std::str::from_utf8(bytes).ok().map(str::to_string),
        Tag::BmpString => {
            if bytes.len() % 2 != 0 {
                return None;
            }
            let units: Vec<u16> = bytes
                .chunks_exact(2)
                .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
                .collect();
            String::from_utf16(&units).ok()
        }
        _ => Some(hex::encode_upper(bytes)),
    }
}

/// Attribute type names of [`one_line`].
fn one_line_type(oid: &ObjectIdentifier) -> String {
    let name = match oid.to_string().as_str() {
        "2.5.4.3" => "CN",
        "2.5.4.6" => "C",
        "2.5.4.7" => "L",
        "2.5.4.8" => "ST",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        "0.9.2342.19200300.100.1.25" => "DC",
        "1.2.840.113549.1.9.1" => "Email",
        "2.5.4.0" => "objectClass",
        "2.5.4.1" => "aliasedEntryName",
        "2.5.4.2" => "knowledgeInformation",
        "2.5.4.4" => "surname",
        "2.5.4.5" => "serialNumber",
        "2.5.4.9" => "streetAddress",
        "2.5.4.12" => "title",
        "2.5.4.13" => "description",
        "2.5.4.14" => "searchGuide",
        "2.5.4.15" => "businessCategory",
        "2.5.4.16" => "postalAddress",
        "2.5.4.17" => "postalCode",
        "2.5.4.41" => "name",
        "2.5.4.42" => "givenName",
        "2.5.4.43" => "initials",
        "2.5.4.44" => "generationQualifier",
        "2.5.4.45" => "uniqueIdentifier",
        "2.5.4.46" => "dnQualifier",
        "0.9.2342.19200300.100.1.1" => "uid",
        "1.2.840.113549.1.9.2" => "unstructuredName",
        "1.3.6.1.4.1.311.60.2.1.1" => "msJurisdictionLocality",
        "1.3.6.1.4.1.311.60.2.1.2" => "msJurisdictionStateOrProvince",
        "1.3.6.1.4.1.311.60.2.1.3" => "msJurisdictionCountry",
        other => return format!("OID({other})"),
    };
    name.to_string()
}

/// The attribute's type as a dotted OID.
pub(crate) fn attribute_oid(attr: &AttributeTypeAndValue) -> String {
    attr.oid.to_string()
}

/// RFC 4514 string: relative names in reverse order, special characters
/// escaped, UTF-8 kept as is (not hex-escaped) so names stay readable.
pub(crate) fn rfc4514(name: &OrderedName) -> String {
    let rdns: Vec<String> = name
        .rdns()
        // An empty RDN (seen in damaged names) adds nothing, not a blank.
        .filter(|rdn| !rdn.is_empty())
        .map(|rdn| {
            rdn.iter()
                .map(|attr| {
                    format!(
                        "{}={}",
                        attribute_name(&attribute_oid(attr)),
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

    fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
        assert!(content.len() < 128, "short form only");
        let mut out = vec![tag, content.len() as u8];
        out.extend_from_slice(content);
        out
    }

    /// An AttributeTypeAndValue of type 2.5.4.`kind`.
    fn attribute(kind: u8, string_tag: u8, value: &[u8]) -> Vec<u8> {
        let mut content = tlv(0x06, &[0x55, 0x04, kind]);
        content.extend(tlv(string_tag, value));
        tlv(0x30, &content)
    }

    fn name(rdns: &[Vec<Vec<u8>>]) -> OrderedName {
        let sets: Vec<u8> = rdns
            .iter()
            .flat_map(|rdn| tlv(0x31, &rdn.concat()))
            .collect();
        OrderedName::from_der(&tlv(0x30, &sets)).unwrap()
    }

    fn bmp(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_be_bytes).collect()
    }

    #[test]
    fn string_types_and_attribute_order_read_as_they_always_did() {
        const UTF8: u8 = 0x0c;
        const PRINTABLE: u8 = 0x13;
        const TELETEX: u8 = 0x14;
        const BMP: u8 = 0x1e;
        // CN before OU in one RDN: not DER set order (the shorter OU
        // encoding sorts first), as lenient tools write it.
        let dn = name(&[
            vec![attribute(6, PRINTABLE, b"PL")],
            vec![attribute(10, TELETEX, b"Caf\xe9")],
            vec![
                attribute(3, BMP, &bmp("Łódź")),
                attribute(11, UTF8, "Dział".as_bytes()),
            ],
        ]);
        assert_eq!(rfc4514(&dn), "CN=Łódź+OU=Dział, O=\\#436166e9, C=PL");
        let order: Vec<String> = dn.attributes().map(attribute_oid).collect();
        assert_eq!(order, ["2.5.4.6", "2.5.4.10", "2.5.4.3", "2.5.4.11"]);
        // A CA's name for the price list takes only plain text values: the
        // BMPString common name and the TeletexString organization do not
        // count, and the one-line fallback cannot show the Teletex value.
        assert_eq!(first_text(&dn, &[COMMON_NAME, ORGANIZATION]), None);
        assert_eq!(one_line(&dn), "<X509Error: Invalid X.509 name>");
        let windows = name(&[
            vec![attribute(6, PRINTABLE, b"PL")],
            vec![
                attribute(3, BMP, &bmp("Łódź")),
                attribute(11, UTF8, "Dział".as_bytes()),
            ],
        ]);
        assert_eq!(one_line(&windows), "C=PL, CN=Łódź + OU=Dział");
    }

    #[test]
    fn an_empty_rdn_adds_nothing_to_the_display() {
        let dn = name(&[vec![attribute(3, 0x0c, b"Jan")], vec![]]);
        assert_eq!(rfc4514(&dn), "CN=Jan");
        assert_eq!(one_line(&dn), "CN=Jan");
    }

    #[test]
    fn escaping_follows_rfc_4514() {
        assert_eq!(escape("Kowalski, Jan"), "Kowalski\\, Jan");
        assert_eq!(escape("#1 "), "\\#1\\ ");
        assert_eq!(escape("ТОВ «Ромашка»"), "ТОВ «Ромашка»");
    }
}
