//! What the user hears when a parser cannot read their file: a fact about
//! the file (cut off, damaged), never the parser's own words
//! (`Parsing Error: NomError(Eof)`, `expected 1152, actual 50 at DER byte 4`),
//! which mean nothing to the person who chose the file.

use x509_parser::asn1_rs;
use x509_parser::error::X509Error;
use x509_parser::nom;

/// The file stops before its contents do.
pub const TRUNCATED: &str = "the file ends before its contents do (it may have been cut off)";

/// The contents are not what was expected.
pub const DAMAGED: &str = "its contents are damaged or of another kind";

/// A failure of the X.509 parser, said as a fact about the file.
pub fn x509(err: &nom::Err<X509Error>) -> String {
    match err {
        nom::Err::Incomplete(_) => TRUNCATED.into(),
        nom::Err::Error(e) | nom::Err::Failure(e) => x509_error(e),
    }
}

/// An X.509 parser error: its named findings (an invalid date, duplicate
/// extensions) are kept, the parser's inner ones become a fact.
pub fn x509_error(err: &X509Error) -> String {
    match err {
        X509Error::NomError(nom::error::ErrorKind::Eof)
        | X509Error::Der(asn1_rs::Error::Incomplete(_)) => TRUNCATED.into(),
        X509Error::NomError(_) | X509Error::Der(_) | X509Error::Generic => DAMAGED.into(),
        named => named.to_string(),
    }
}

/// A failure of the DER decoder, said as a fact about the file.
pub fn der(err: &der::Error) -> String {
    match err.kind() {
        der::ErrorKind::Incomplete { .. } => TRUNCATED.into(),
        _ => DAMAGED.into(),
    }
}

/// The same for the older DER decoder some formats still use.
pub fn der_07(err: &pkcs8::der::Error) -> String {
    match err.kind() {
        pkcs8::der::ErrorKind::Incomplete { .. } => TRUNCATED.into(),
        _ => DAMAGED.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use x509_parser::prelude::FromDer;

    #[test]
    fn a_cut_off_certificate_is_called_cut_off() {
        let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap();
        let params = rcgen::CertificateParams::new(vec!["a.example".to_string()]).unwrap();
        let der = params.self_signed(&key).unwrap().der().to_vec();
        for cut in [10, der.len() / 2, der.len() - 1] {
            let err = x509_parser::certificate::X509Certificate::from_der(&der[..cut]).unwrap_err();
            let said = x509(&err);
            assert!(!said.contains("Nom") && !said.contains("DER"), "{said}");
        }
        let err = der::Decode::from_der(&der[..40])
            .map(|_: der::asn1::AnyRef<'_>| ())
            .unwrap_err();
        assert_eq!(self::der(&err), TRUNCATED);
    }
}
