//! Reading the certificate files users bring: PEM text with one certificate
//! or a whole chain, or a single binary (DER) certificate. Also tells a
//! PKCS#12 file apart, so an importer knows to ask for its password.

use super::name::OrderedName;
use crate::{Error, Result};
use der::{Decode, Reader, SliceReader};
use x509_cert::certificate::{CertificateInner, Raw};

/// A certificate as SealDesk reads them: strict DER, but with x509-cert's
/// Raw profile, which takes serial numbers of any length. RFC 5280 allows
/// 20 octets, yet real CAs issued longer ones (a 21-octet serial, 22 with
/// its sign byte, in Qualcomm's attestation chain), and the reader used
/// before took them, so such certificates keep importing.
pub(crate) type Certificate = CertificateInner<Raw>;

/// PEM labels of certificates; `X509 CERTIFICATE` is what old tools wrote.
const CERTIFICATE_LABELS: &[&[u8]] = &[b"CERTIFICATE", b"X509 CERTIFICATE"];

const DASHES: &[u8] = b"-----";
const BEGIN: &[u8] = b"BEGIN ";
const END: &[u8] = b"END ";
/// Longer labels than this are not labels but text that happens to hold
/// dashes; the bound also keeps the scan linear on hostile input.
const MAX_LABEL_LEN: usize = 64;

/// Reads every certificate in `data`: PEM text with one or more
/// `CERTIFICATE` blocks (other blocks, such as keys, and text between blocks
/// are skipped; CRLF line ends are fine), or one DER certificate. Returns
/// the DER of each in file order. Every one parses as X.509; otherwise, or
/// when there is none, [`PkiError::CertificateInvalid`].
pub fn read_certificates(data: &[u8]) -> Result<Vec<Vec<u8>>> {
    let ders = if data.is_empty() {
        return Err(invalid("the file is empty".into()));
    } else if looks_like_der(data) {
        vec![data.to_vec()]
    } else {
        pem_blocks(data, CERTIFICATE_LABELS).map_err(invalid)?
    };
    if ders.is_empty() {
        return Err(invalid("no certificate found".into()));
    }
    let count = ders.len();
    for (index, der) in ders.iter().enumerate() {
        parse_certificate(der).map_err(|detail| {
            invalid(if count == 1 {
                detail
            } else {
                format!("certificate {} of {count}: {detail}", index + 1)
            })
        })?;
    }
    Ok(ders)
}

/// Whether `data` starts like a PKCS#12 (PFX) file: a SEQUENCE holding the
/// version 3 and then a ContentInfo. Cheap and never fails; truncated or
/// damaged PKCS#12 files still answer true, so that reading them reports a
/// PKCS#12 problem rather than "not a certificate".
pub fn looks_like_pkcs12(data: &[u8]) -> bool {
    let Some(body) = data.strip_prefix(&[0x30]).and_then(skip_length) else {
        return false;
    };
    let Some(content_info) = body
        .strip_prefix(&[0x02, 0x01, 0x03])
        .and_then(|rest| rest.strip_prefix(&[0x30]))
        .and_then(skip_length)
    else {
        return false;
    };
    // ContentInfo starts with its content type, an OBJECT IDENTIFIER.
    content_info.first() == Some(&0x06)
}

/// A certificate as x509-cert reads it, with the DER of the parts that are
/// compared or hashed as bytes. They are cut from the input rather than
/// encoded again: a signature covers the bytes as they were sent.
pub(crate) struct ParsedCertificate<'a> {
    /// The decoded certificate. Its names hold each multi-valued RDN in
    /// DER order; [`Self::subject_name`] and [`Self::issuer_name`] keep the
    /// order of the file, which is the one shown.
    pub(crate) certificate: Certificate,
    /// The TBSCertificate, which the issuer's signature covers.
    pub(crate) tbs: &'a [u8],
    /// The issuer Name.
    pub(crate) issuer: &'a [u8],
    /// The subject Name.
    pub(crate) subject: &'a [u8],
    /// The SubjectPublicKeyInfo.
    pub(crate) spki: &'a [u8],
}

impl ParsedCertificate<'_> {
    /// The subject, attributes in file order.
    pub(crate) fn subject_name(&self) -> std::result::Result<OrderedName, String> {
        OrderedName::from_der(self.subject).map_err(|e| crate::parse_failure::x509(&e))
    }

    /// The issuer, attributes in file order.
    pub(crate) fn issuer_name(&self) -> std::result::Result<OrderedName, String> {
        OrderedName::from_der(self.issuer).map_err(|e| crate::parse_failure::x509(&e))
    }
}

/// Parses a whole DER certificate; bytes after it are refused, so the DER
/// kept is exactly the certificate. The detail of a refusal is short
/// English for the user (see [`crate::parse_failure`]).
pub(crate) fn parse_certificate(der: &[u8]) -> std::result::Result<ParsedCertificate<'_>, String> {
    // DER allows only the universal SEQUENCE as the outer tag. x509-cert
    // insists too; the check stays explicit because x509-parser, used
    // before, took any class with the SEQUENCE number (0x90, 0xb0, ...),
    // so that what is kept reads back as the same certificate from a DER
    // file (found by fuzzing).
    if !looks_like_der(der) {
        return Err("the certificate is not a DER SEQUENCE".into());
    }
    let mut reader = SliceReader::new(der).map_err(|e| crate::parse_failure::x509(&e))?;
    let certificate =
        Certificate::decode(&mut reader).map_err(|e| crate::parse_failure::x509(&e))?;
    if !reader.is_finished() {
        return Err("unexpected bytes after the certificate".into());
    }
    let parts = tbs_parts(der).map_err(|e| crate::parse_failure::x509(&e))?;
    Ok(ParsedCertificate {
        certificate,
        tbs: parts.tbs,
        issuer: parts.issuer,
        subject: parts.subject,
        spki: parts.spki,
    })
}

/// The signed part (its whole DER) of a SIGNED{...} structure: the first
/// of a certificate's or a certificate request's three parts, before the
/// signature algorithm and the signature.
pub(crate) fn to_be_signed(der: &[u8]) -> der::Result<&[u8]> {
    SliceReader::new(der)?.sequence(|signed| {
        let content = signed.tlv_bytes()?;
        signed.tlv_bytes()?; // signatureAlgorithm
        signed.tlv_bytes()?; // signature
        Ok(content)
    })
}

/// The TBSCertificate of a certificate that decoded, and within it the
/// issuer, subject and SubjectPublicKeyInfo, each as its whole DER.
fn tbs_parts(der: &[u8]) -> der::Result<TbsParts<'_>> {
    let tbs = to_be_signed(der)?;
    SliceReader::new(tbs)?.sequence(|fields| {
        // version [0] EXPLICIT, present unless v1.
        if fields.peek_byte() == Some(0xa0) {
            fields.tlv_bytes()?;
        }
        fields.tlv_bytes()?; // serialNumber
        fields.tlv_bytes()?; // signature
        let issuer = fields.tlv_bytes()?;
        fields.tlv_bytes()?; // validity
        let subject = fields.tlv_bytes()?;
        let spki = fields.tlv_bytes()?;
        // Unique identifiers and extensions.
        while !fields.is_finished() {
            fields.tlv_bytes()?;
        }
        Ok(TbsParts {
            tbs,
            issuer,
            subject,
            spki,
        })
    })
}

/// See [`ParsedCertificate`].
struct TbsParts<'a> {
    tbs: &'a [u8],
    issuer: &'a [u8],
    subject: &'a [u8],
    spki: &'a [u8],
}

/// The decoded contents of the PEM blocks in `data` whose label is one of
/// `labels`, in file order. Blocks with other labels are skipped even when
/// damaged; a wanted block that is damaged or has no END line is an error
/// (a short English detail).
pub(crate) fn pem_blocks(
    data: &[u8],
    labels: &[&[u8]],
) -> std::result::Result<Vec<Vec<u8>>, String> {
    let wanted = |label: &[u8]| labels.contains(&label);
    let unterminated = |label: &[u8]| {
        format!(
            "the {} block has no END line",
            String::from_utf8_lossy(label)
        )
    };
    let mut found = Vec::new();
    // Start of the BEGIN line and label of the block being read.
    let mut open: Option<(usize, &[u8])> = None;
    let mut pos = 0;
    while let Some(offset) = find(&data[pos..], DASHES) {
        let at = pos + offset;
        let after = &data[at + DASHES.len()..];
        if let Some(label) = after.strip_prefix(BEGIN).and_then(label_of) {
            if let Some((_, previous)) = open.filter(|(_, l)| wanted(l)) {
                return Err(unterminated(previous));
            }
            open = Some((at, label));
            pos = at + DASHES.len() + BEGIN.len() + label.len() + DASHES.len();
        } else if let Some(label) = after.strip_prefix(END).and_then(label_of) {
            let end = at + DASHES.len() + END.len() + label.len() + DASHES.len();
            if let Some((start, open_label)) = open.take() {
                if open_label == label && wanted(label) {
                    let block = pem::parse(&data[start..end])
                        .map_err(|_| format!("damaged {} block", String::from_utf8_lossy(label)))?;
                    found.push(block.into_contents());
                }
            }
            pos = end;
        } else {
            // Not a marker: look again one byte on, since a run of more
            // than five dashes may hide one.
            pos = at + 1;
        }
    }
    if let Some((_, label)) = open.filter(|(_, l)| wanted(l)) {
        return Err(unterminated(label));
    }
    Ok(found)
}

/// The label of a BEGIN or END line, given what follows `BEGIN `/`END `.
fn label_of(after: &[u8]) -> Option<&[u8]> {
    let window = &after[..after.len().min(MAX_LABEL_LEN + DASHES.len())];
    let len = find(window, DASHES)?;
    let label = &window[..len];
    label
        .iter()
        .all(|b| b.is_ascii_graphic() || *b == b' ')
        .then_some(label)
}

/// Binary data starts with a SEQUENCE tag (0x30); PEM files start with
/// dashes, text or a byte-order mark, practically never with the digit 0.
fn looks_like_der(data: &[u8]) -> bool {
    data.first() == Some(&0x30)
}

/// What follows a DER length: its short, long or (BER) indefinite form.
fn skip_length(data: &[u8]) -> Option<&[u8]> {
    let (&first, rest) = data.split_first()?;
    match first {
        0x00..=0x80 => Some(rest),
        0x81..=0x84 => rest.get(usize::from(first - 0x80)..),
        _ => None,
    }
}

pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn invalid(detail: String) -> Error {
    Error::Pki(crate::PkiError::CertificateInvalid { detail })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pki::export::pem_text;
    use proptest::prelude::*;

    fn certificate(name: &str) -> Vec<u8> {
        let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap();
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params.distinguished_name = rcgen::DistinguishedName::new();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, name);
        params.self_signed(&key).unwrap().der().to_vec()
    }

    fn code(result: Result<Vec<Vec<u8>>>) -> &'static str {
        result.unwrap_err().code()
    }

    #[test]
    fn one_der_certificate_is_read_as_it_is() {
        let der = certificate("Anna Nowak");
        assert_eq!(read_certificates(&der).unwrap(), vec![der.clone()]);
        let mut longer = der.clone();
        longer.push(0);
        assert_eq!(code(read_certificates(&longer)), "cert.invalid");
        assert_eq!(
            code(read_certificates(&der[..der.len() - 1])),
            "cert.invalid"
        );
    }

    #[test]
    fn a_pem_chain_with_crlf_keys_and_text_between_is_read_in_order() {
        let (leaf, root) = (certificate("leaf"), certificate("root"));
        let text = format!(
            "subject=CN = leaf\n{}-----BEGIN PRIVATE KEY-----\nnot base64 at all!\n\
             -----END PRIVATE KEY-----\nBag Attributes\n{}",
            pem_text("CERTIFICATE", &leaf),
            pem_text("CERTIFICATE", &root),
        );
        let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        for data in [text.as_bytes(), windows.as_bytes()] {
            assert_eq!(
                read_certificates(data).unwrap(),
                vec![leaf.clone(), root.clone()]
            );
        }
    }

    #[test]
    fn files_without_a_certificate_are_refused() {
        let der = certificate("x");
        let only_key = pem_text("PRIVATE KEY", &der);
        let only_trusted = pem_text("TRUSTED CERTIFICATE", &der);
        for data in [
            &b""[..],
            b"hello",
            only_key.as_bytes(),
            only_trusted.as_bytes(),
            b"-----BEGIN CERTIFICATE-----\nAAAA",
            b"-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n",
            b"\x30\x03\x02\x01\x01",
        ] {
            assert_eq!(code(read_certificates(data)), "cert.invalid", "{data:?}");
        }
    }

    #[test]
    fn a_pem_certificate_whose_outer_tag_is_not_a_sequence_is_refused() {
        let mut der = certificate("leaf");
        for tag in [0x90, 0xb0, 0x10] {
            der[0] = tag;
            let pem = pem_text("CERTIFICATE", &der);
            assert_eq!(
                code(read_certificates(pem.as_bytes())),
                "cert.invalid",
                "tag {tag:#x}"
            );
        }
    }

    #[test]
    fn a_serial_longer_than_rfc_5280_allows_is_read_as_before() {
        // 21 octets with the high bit set, so 22 with the sign byte, like
        // the serials of Qualcomm's attestation CAs.
        let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap();
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params.serial_number = Some(rcgen::SerialNumber::from_slice(&[0x84; 21]));
        let der = params.self_signed(&key).unwrap().der().to_vec();
        assert_eq!(read_certificates(&der).unwrap(), vec![der.clone()]);
        let info = crate::pki::certificate::CertificateInfo::from_der(&der).unwrap();
        assert_eq!(info.serial, format!("00{}", "84".repeat(21)));
        assert!(crate::pki::registry::signed_by(&der, &der));
    }

    #[test]
    fn a_damaged_certificate_in_a_chain_is_named() {
        let good = pem_text("CERTIFICATE", &certificate("ok"));
        let bad = pem_text("CERTIFICATE", b"\x30\x03\x02\x01\x01");
        let err = read_certificates(format!("{good}{bad}").as_bytes()).unwrap_err();
        assert_eq!(err.code(), "cert.invalid");
        assert!(err.to_string().contains("certificate 2 of 2"), "{err}");
    }

    #[test]
    fn an_unterminated_certificate_block_is_an_error_not_a_silent_drop() {
        let good = pem_text("CERTIFICATE", &certificate("ok"));
        let data = format!("-----BEGIN CERTIFICATE-----\nMIIB\n{good}");
        let err = read_certificates(data.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("no END line"), "{err}");
    }

    #[test]
    fn pkcs12_is_told_apart_from_certificates() {
        // Version 3 PFX with a data ContentInfo, as OpenSSL and Windows write it.
        assert!(looks_like_pkcs12(&[
            0x30, 0x82, 0x01, 0x00, 0x02, 0x01, 0x03, 0x30, 0x81, 0x80, 0x06, 0x09
        ]));
        // Java's BER encoding with indefinite lengths.
        assert!(looks_like_pkcs12(&[
            0x30, 0x80, 0x02, 0x01, 0x03, 0x30, 0x80, 0x06, 0x09
        ]));
        assert!(!looks_like_pkcs12(&certificate("not a pfx")));
        assert!(!looks_like_pkcs12(b""));
        assert!(!looks_like_pkcs12(&[
            0x30, 0x05, 0x02, 0x01, 0x02, 0x30, 0x00
        ]));
        assert!(!looks_like_pkcs12(&[0x30, 0x85]));
    }

    #[test]
    fn hostile_dash_runs_do_not_take_long() {
        let mut data = Vec::new();
        for _ in 0..20_000 {
            data.extend_from_slice(b"------BEGIN ------END X-----");
        }
        let started = std::time::Instant::now();
        assert!(read_certificates(&data).is_err());
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]

        #[test]
        fn pem_chains_round_trip(names in proptest::collection::vec("[a-zA-Z ]{1,20}", 1..=4)) {
            let ders: Vec<Vec<u8>> = names.iter().map(|n| certificate(n)).collect();
            let text: String = ders.iter().map(|d| pem_text("CERTIFICATE", d)).collect();
            prop_assert_eq!(read_certificates(text.as_bytes()).unwrap(), ders);
        }
    }

    #[test]
    fn the_fuzz_seeds_are_read() {
        let seeds =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/certificate_import");
        let mut read = 0;
        for entry in std::fs::read_dir(&seeds).unwrap() {
            let path = entry.unwrap().path();
            read_certificates(&std::fs::read(&path).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            read += 1;
        }
        assert!(read >= 3, "seeds missing in {}", seeds.display());
    }
}
