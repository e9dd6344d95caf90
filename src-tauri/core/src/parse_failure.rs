//! What the user hears when a parser cannot read their file: a fact about
//! the file (cut off, damaged), never the parser's own words
//! (`Parsing Error: NomError(Eof)`, `expected 1152, actual 50 at DER byte 4`),
//! which mean nothing to the person who chose the file.

/// The file stops before its contents do.
pub const TRUNCATED: &str = "the file ends before its contents do (it may have been cut off)";

/// The contents are not what was expected.
pub const DAMAGED: &str = "its contents are damaged or of another kind";

/// A failure of the X.509 reader (x509-cert), said as a fact about the
/// file: cut off, an impossible date (the one named finding kept from the
/// reader SealDesk used before), else damaged.
pub fn x509(err: &der::Error) -> String {
    match err.kind() {
        der::ErrorKind::DateTime
        | der::ErrorKind::Value {
            tag: der::Tag::UtcTime | der::Tag::GeneralizedTime,
        } => "invalid date".into(),
        _ => der(err),
    }
}

/// A failure of the DER decoder, said as a fact about the file.
pub fn der(err: &der::Error) -> String {
    match err.kind() {
        der::ErrorKind::Incomplete { .. } => TRUNCATED.into(),
        _ => DAMAGED.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use der::Decode;

    #[test]
    fn a_cut_off_certificate_is_called_cut_off() {
        let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap();
        let params = rcgen::CertificateParams::new(vec!["a.example".to_string()]).unwrap();
        let der = params.self_signed(&key).unwrap().der().to_vec();
        for cut in [10, der.len() / 2, der.len() - 1] {
            let err = x509_cert::Certificate::from_der(&der[..cut]).unwrap_err();
            let said = x509(&err);
            assert!(!said.contains("Nom") && !said.contains("DER"), "{said}");
            assert_eq!(said, TRUNCATED, "cut at {cut}");
        }
        let err = der::Decode::from_der(&der[..40])
            .map(|_: der::asn1::AnyRef<'_>| ())
            .unwrap_err();
        assert_eq!(self::der(&err), TRUNCATED);
    }

    #[test]
    fn other_decoder_failures_are_plain_facts() {
        // A SEQUENCE holding an INTEGER is no certificate: wrong tag.
        let err = x509_cert::Certificate::from_der(b"\x30\x03\x02\x01\x01").unwrap_err();
        assert_eq!(x509(&err), DAMAGED);
        // 13th month.
        let err = der::asn1::UtcTime::from_der(b"\x17\x0d991301000000Z").unwrap_err();
        assert_eq!(x509(&err), "invalid date");
    }
}
