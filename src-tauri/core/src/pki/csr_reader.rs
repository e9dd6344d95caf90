//! Reading certificate requests (PKCS#10) that others made, before the seal
//! issues a certificate for them: PEM or DER, self-signature checked.

use super::decode::pem_blocks;
use super::name::{attributes_of, plain_text, rfc4514, OrderedName, EMAIL_ADDRESS};
use super::signature::SignatureError;
use crate::{Error, Result};
use const_oid::{AssociatedOid, ObjectIdentifier};
use der::{Decode, Reader, SliceReader};
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::SubjectAltName;
use x509_cert::ext::Extension;
use x509_cert::request::CertReq;

/// PEM labels of requests; `NEW CERTIFICATE REQUEST` is what Windows
/// (certreq) and old Netscape tools write.
const REQUEST_LABELS: &[&[u8]] = &[b"CERTIFICATE REQUEST", b"NEW CERTIFICATE REQUEST"];

/// What SealDesk needs from a certificate request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestInfo {
    /// The whole request, DER.
    pub der: Vec<u8>,
    /// The requested subject, RFC 4514 (most specific first), UTF-8 kept.
    pub subject: String,
    /// The requester's public key, SubjectPublicKeyInfo DER.
    pub spki_der: Vec<u8>,
    /// The e-mail address asked for: the first one in the requested subject
    /// alternative names, else the subject's emailAddress.
    pub email: Option<String>,
}

/// Reads a PKCS#10 request from PEM (`CERTIFICATE REQUEST` or `NEW
/// CERTIFICATE REQUEST`) or DER and checks that it is signed by the key it
/// carries, which proves the requester holds that key. Anything else is
/// [`PkiError::CsrInvalid`].
pub fn read_csr(data: &[u8]) -> Result<RequestInfo> {
    let der = request_der(data)?;
    let parts = request_parts(&der);
    let mut reader = SliceReader::new(&der).map_err(|e| invalid(crate::parse_failure::x509(&e)))?;
    let request = match CertReq::decode(&mut reader) {
        Ok(request) => request,
        // x509-cert knows only version 1 (0); a request that is well formed
        // but of another version is named as such rather than "damaged".
        Err(err) => {
            return Err(invalid(match parts {
                Ok(RequestParts { version, .. }) if version != 0 => {
                    format!("unknown request version {version}")
                }
                _ => crate::parse_failure::x509(&err),
            }))
        }
    };
    if !reader.is_finished() {
        return Err(invalid("unexpected bytes after the request".into()));
    }
    let parts = parts.map_err(|e| invalid(crate::parse_failure::x509(&e)))?;
    let requested = requested_extensions(&request)?;
    super::signature::verify(
        &request.info.public_key,
        &request.algorithm,
        &request.signature,
        parts.info,
    )
    .map_err(|e| match e {
        SignatureError::Unsupported => {
            invalid("the request is signed with an algorithm SealDesk cannot check".into())
        }
        SignatureError::Invalid => invalid(
            "the request's signature does not match its contents: it was changed or damaged".into(),
        ),
    })?;
    // The subject as the file orders it (see `OrderedName`).
    let subject = OrderedName::from_der(parts.subject)
        .map_err(|e| invalid(crate::parse_failure::x509(&e)))?;
    Ok(RequestInfo {
        subject: rfc4514(&subject),
        spki_der: parts.spki.to_vec(),
        email: requested_email(&requested).or_else(|| {
            attributes_of(&subject, EMAIL_ADDRESS)
                .find_map(plain_text)
                .map(str::to_string)
        }),
        der,
    })
}

/// The DER of the parts of a request that are used as bytes, and its
/// version, read without judging the rest.
struct RequestParts<'a> {
    /// The CertificationRequestInfo, which the signature covers.
    info: &'a [u8],
    /// The subject Name.
    subject: &'a [u8],
    /// The SubjectPublicKeyInfo.
    spki: &'a [u8],
    version: u32,
}

fn request_parts(der: &[u8]) -> der::Result<RequestParts<'_>> {
    let info = super::decode::to_be_signed(der)?;
    SliceReader::new(info)?.sequence(|fields| {
        let version = u32::decode(fields)?;
        let subject = fields.tlv_bytes()?;
        let spki = fields.tlv_bytes()?;
        while !fields.is_finished() {
            fields.tlv_bytes()?; // attributes
        }
        Ok(RequestParts {
            info,
            subject,
            spki,
            version,
        })
    })
}

/// The extensions of the request's first extensionRequest attribute (none
/// without one). One that does not read makes the request unreadable, as
/// it always has: what the requester asked for cannot be shown.
fn requested_extensions(request: &CertReq) -> Result<Vec<Extension>> {
    const EXTENSION_REQUEST: ObjectIdentifier =
        ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.14");
    let Some(attribute) = request
        .info
        .attributes
        .iter()
        .find(|attribute| attribute.oid == EXTENSION_REQUEST)
    else {
        return Ok(Vec::new());
    };
    let value = attribute
        .values
        .iter()
        .next()
        .ok_or_else(|| invalid(crate::parse_failure::DAMAGED.into()))?;
    value
        .decode_as::<Vec<Extension>>()
        .map_err(|e| invalid(crate::parse_failure::x509(&e)))
}

/// The first e-mail address of the first requested subject alternative
/// name that holds one; names that do not read are passed over.
fn requested_email(extensions: &[Extension]) -> Option<String> {
    extensions
        .iter()
        .filter(|extension| extension.extn_id == SubjectAltName::OID)
        .filter_map(|extension| SubjectAltName::from_der(extension.extn_value.as_bytes()).ok())
        .find_map(|san| {
            san.0.into_iter().find_map(|name| match name {
                GeneralName::Rfc822Name(mail) => Some(mail.to_string()),
                _ => None,
            })
        })
}

fn request_der(data: &[u8]) -> Result<Vec<u8>> {
    if data.first() == Some(&0x30) {
        return Ok(data.to_vec());
    }
    let mut requests = pem_blocks(data, REQUEST_LABELS).map_err(invalid)?;
    match requests.len() {
        0 => Err(invalid("no certificate request found".into())),
        1 => Ok(requests.remove(0)),
        n => Err(invalid(format!(
            "the file holds {n} requests; give one at a time"
        ))),
    }
}

fn invalid(detail: String) -> Error {
    Error::Pki(crate::PkiError::CsrInvalid { detail })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pki::certificate::CertificateInfo;
    use std::path::Path;

    fn openssl(dir: &Path, args: &[&str]) {
        crate::test_support::openssl_ok(dir, args);
    }

    /// A request made by OpenSSL with a Cyrillic subject and an e-mail SAN.
    fn openssl_request(dir: &Path, key_args: &[&str]) -> Vec<u8> {
        let mut args = vec!["req", "-new", "-utf8", "-nodes", "-keyout", "key.pem"];
        args.extend_from_slice(key_args);
        args.extend_from_slice(&[
            "-subj",
            "/CN=Тарас Шевченко/O=ТОВ Ромашка/C=UA",
            "-addext",
            "subjectAltName=email:taras@romashka.example",
            "-out",
            "req.pem",
        ]);
        openssl(dir, &args);
        std::fs::read(dir.join("req.pem")).unwrap()
    }

    #[test]
    fn an_openssl_request_with_a_utf8_subject_is_read() {
        let dir = tempfile::tempdir().unwrap();
        for key_args in [
            &["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"][..],
            &["-newkey", "rsa:2048"],
        ] {
            let pem = openssl_request(dir.path(), key_args);
            let request = read_csr(&pem).unwrap();
            assert_eq!(request.subject, "C=UA, O=ТОВ Ромашка, CN=Тарас Шевченко");
            assert_eq!(request.email.as_deref(), Some("taras@romashka.example"));
            openssl(
                dir.path(),
                &[
                    "pkey", "-in", "key.pem", "-pubout", "-outform", "DER", "-out", "pub.der",
                ],
            );
            assert_eq!(
                request.spki_der,
                std::fs::read(dir.path().join("pub.der")).unwrap()
            );
            // The same request as DER, and with Windows line ends.
            assert_eq!(read_csr(&request.der).unwrap(), request);
            let crlf = String::from_utf8(pem).unwrap().replace('\n', "\r\n");
            assert_eq!(read_csr(crlf.as_bytes()).unwrap(), request);
            std::fs::remove_file(dir.path().join("key.pem")).unwrap();
        }
    }

    #[test]
    fn a_request_with_a_changed_signature_or_subject_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let pem = openssl_request(
            dir.path(),
            &["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"],
        );
        let der = read_csr(&pem).unwrap().der;

        let mut flipped_signature = der.clone();
        let last = flipped_signature.len() - 1;
        flipped_signature[last] ^= 0x01;
        let err = read_csr(&flipped_signature).unwrap_err();
        assert_eq!(err.code(), "csr.invalid");
        assert!(err.to_string().contains("signature"), "{err}");

        // "Тарас" -> "Тарос": a changed subject breaks the signature too.
        let taras = "Тарас".as_bytes();
        let at = der.windows(taras.len()).position(|w| w == taras).unwrap();
        let mut changed_subject = der.clone();
        changed_subject[at + 7] = "о".as_bytes()[1];
        assert_eq!(
            read_csr(&changed_subject).unwrap_err().code(),
            "csr.invalid"
        );
    }

    #[test]
    fn a_windows_style_label_and_a_subject_email_are_accepted() {
        let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384).unwrap();
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params.distinguished_name = rcgen::DistinguishedName::new();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "Kowalski, Jan");
        params.distinguished_name.push(
            rcgen::DnType::CustomDnType(vec![1, 2, 840, 113549, 1, 9, 1]),
            rcgen::DnValue::Ia5String("jan@firma.example".try_into().unwrap()),
        );
        let der = params.serialize_request(&key).unwrap().der().to_vec();
        let pem = crate::pki::export::pem_text("NEW CERTIFICATE REQUEST", &der);
        let request = read_csr(pem.as_bytes()).unwrap();
        assert_eq!(
            request.subject,
            "emailAddress=jan@firma.example, CN=Kowalski\\, Jan"
        );
        assert_eq!(request.email.as_deref(), Some("jan@firma.example"));
        assert_eq!(
            request.spki_der,
            rcgen::PublicKeyData::subject_public_key_info(&key)
        );
    }

    #[test]
    fn the_subject_reads_as_the_certificate_subject_does() {
        let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap();
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params.distinguished_name = rcgen::DistinguishedName::new();
        for (kind, value) in [
            (rcgen::DnType::CountryName, "IL"),
            (rcgen::DnType::OrganizationName, "שלום בע\"מ"),
            (rcgen::DnType::CommonName, "#1 Łódź + Co "),
        ] {
            params.distinguished_name.push(kind, value);
        }
        let request = params.serialize_request(&key).unwrap();
        let certificate = params.self_signed(&key).unwrap();
        assert_eq!(
            read_csr(request.der()).unwrap().subject,
            CertificateInfo::from_der(certificate.der())
                .unwrap()
                .subject
        );
    }

    #[test]
    fn what_is_not_one_request_is_refused() {
        let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap();
        let params = rcgen::CertificateParams::new(vec!["a.example".to_string()]).unwrap();
        let request = params.serialize_request(&key).unwrap().der().to_vec();
        let certificate = params.self_signed(&key).unwrap();
        let one = crate::pki::export::pem_text("CERTIFICATE REQUEST", &request);
        let mut trailing = request.clone();
        trailing.push(0);
        for data in [
            &b""[..],
            b"garbage",
            &request[..request.len() / 2],
            &trailing,
            certificate.der(),
            certificate.pem().as_bytes(),
            format!("{one}{one}").as_bytes(),
        ] {
            assert_eq!(
                read_csr(data).unwrap_err().code(),
                "csr.invalid",
                "{data:?}"
            );
        }
    }

    #[test]
    fn the_fuzz_seeds_are_read() {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/csr_import");
        let mut read = 0;
        for entry in std::fs::read_dir(&seeds).unwrap() {
            let path = entry.unwrap().path();
            read_csr(&std::fs::read(&path).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            read += 1;
        }
        assert!(read >= 3, "seeds missing in {}", seeds.display());
    }
}
