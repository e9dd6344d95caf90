//! PKCS#12 export and import, with OpenSSL as the independent reader and
//! writer.

use super::*;
use crate::pki::decode::read_certificates;
use proptest::prelude::*;
use std::path::Path;
use std::time::{Duration, Instant};

/// Few iterations keep debug builds fast; the OpenSSL checks use the real
/// profiles.
const TEST_ITERATIONS: u32 = 64;
const PASSWORD: &str = "Ein-Passwort-2026";

struct Identity {
    key: Vec<u8>,
    certificate: Vec<u8>,
    /// Issuers, nearest first.
    chain: Vec<Vec<u8>>,
}

fn named(name: &str) -> rcgen::CertificateParams {
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, name);
    params
}

fn p256() -> rcgen::KeyPair {
    rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap()
}

/// A P-256 key and its certificate, issued through `depth` CAs.
fn identity(depth: usize) -> Identity {
    let mut issuer: Option<rcgen::Issuer<'static, rcgen::KeyPair>> = None;
    let mut chain = Vec::new();
    for level in (0..depth).rev() {
        let key = p256();
        let mut params = named(&format!("Test CA {level}"));
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        let cert = match &issuer {
            Some(issuer) => params.signed_by(&key, issuer),
            None => params.self_signed(&key),
        }
        .unwrap();
        chain.insert(0, cert.der().to_vec());
        issuer = Some(rcgen::Issuer::new(params, key));
    }
    let key = p256();
    let params = named("Anna Nowak");
    let cert = match &issuer {
        Some(issuer) => params.signed_by(&key, issuer),
        None => params.self_signed(&key),
    }
    .unwrap();
    Identity {
        key: key.serialize_der(),
        certificate: cert.der().to_vec(),
        chain,
    }
}

fn quick_export(id: &Identity, password: &str, profile: Pkcs12Profile) -> Vec<u8> {
    export_with_iterations(
        &id.key,
        &id.certificate,
        &id.chain,
        password,
        profile,
        "Anna Nowak",
        TEST_ITERATIONS,
    )
    .unwrap()
}

/// `id`'s key and certificate with `chain` in a modern file under
/// [`PASSWORD`], named `name`, its keys derived in `iterations` rounds.
fn modern_export(id: &Identity, chain: &[Vec<u8>], name: &str, iterations: u32) -> Vec<u8> {
    export_with_iterations(
        &id.key,
        &id.certificate,
        chain,
        PASSWORD,
        Pkcs12Profile::Modern,
        name,
        iterations,
    )
    .unwrap()
}

/// A file written by the library directly, for contents `export` refuses.
fn crafted(entries: &[(&[u8], &[&[u8]])]) -> Vec<u8> {
    let mut store = KeyStore::new();
    for (index, (key, certs)) in entries.iter().enumerate() {
        let alias = format!("entry {index}");
        let certs = certs.iter().map(|der| Certificate::from_der(der).unwrap());
        let chain = PrivateKeyChain::new(alias.as_str(), PrivateKey::from_der(key).unwrap(), certs);
        store.add_entry(&alias, KeyStoreEntry::PrivateKeyChain(chain));
    }
    store
        .writer(PASSWORD)
        .encryption_iterations(TEST_ITERATIONS)
        .mac_iterations(TEST_ITERATIONS)
        .write()
        .unwrap()
}

use crate::test_support::openssl_ok as openssl;

fn spki_of_key(pkcs8: &[u8]) -> Vec<u8> {
    FileSigner::from_pkcs8(pkcs8).unwrap().spki_der().to_vec()
}

fn sorted(mut ders: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    ders.sort();
    ders
}

fn code<T>(result: Result<T>) -> &'static str {
    match result {
        Ok(_) => "ok",
        Err(err) => err.code(),
    }
}

#[test]
fn a_modern_file_opens_in_openssl_3_without_legacy() {
    let dir = tempfile::tempdir().unwrap();
    let id = identity(2);
    // Non-ASCII, so both sides must turn it into the same bytes.
    let password = "Zażółć gęślą jaźń";
    let pass = format!("pass:{password}");
    let bytes = export(
        &id.key,
        &id.certificate,
        &id.chain,
        password,
        Pkcs12Profile::Modern,
        "Anna Nowak – podpis",
    )
    .unwrap();
    std::fs::write(dir.path().join("modern.p12"), &bytes).unwrap();
    let read = ["pkcs12", "-in", "modern.p12", "-passin", &pass];
    openssl(dir.path(), &[&read[..], &["-noout"]].concat());
    let info = openssl(dir.path(), &[&read[..], &["-noout", "-info"]].concat());
    for line in [
        "MAC: sha256, Iteration 100000",
        "PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC, Iteration 100000, PRF hmacWithSHA256",
        "Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 100000, PRF hmacWithSHA256",
    ] {
        assert!(info.contains(line), "{line} missing in:\n{info}");
    }
    // What OpenSSL takes out is what went in.
    openssl(
        dir.path(),
        &[&read[..], &["-nodes", "-out", "all.pem"]].concat(),
    );
    let all = std::fs::read(dir.path().join("all.pem")).unwrap();
    let mut expected = id.chain.clone();
    expected.push(id.certificate.clone());
    assert_eq!(sorted(read_certificates(&all).unwrap()), sorted(expected));
    openssl(
        dir.path(),
        &[
            "pkey", "-in", "all.pem", "-pubout", "-outform", "DER", "-out", "pub.der",
        ],
    );
    assert_eq!(
        std::fs::read(dir.path().join("pub.der")).unwrap(),
        spki_of_key(&id.key)
    );
    // And SealDesk reads its own file back.
    let back = import(&bytes, password).unwrap();
    assert_eq!(back.certificate_der.as_deref(), Some(&id.certificate[..]));
}

#[test]
fn a_legacy_windows_file_uses_3des_and_a_sha1_mac() {
    let dir = tempfile::tempdir().unwrap();
    let id = identity(1);
    let bytes = export(
        &id.key,
        &id.certificate,
        &id.chain,
        PASSWORD,
        Pkcs12Profile::LegacyWindows,
        "Anna Nowak",
    )
    .unwrap();
    std::fs::write(dir.path().join("legacy.p12"), &bytes).unwrap();
    let pass = format!("pass:{PASSWORD}");
    let info = openssl(
        dir.path(),
        &[
            "pkcs12",
            "-in",
            "legacy.p12",
            "-passin",
            &pass,
            "-noout",
            "-info",
        ],
    );
    for line in [
        "MAC: sha1, Iteration 2048",
        "PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048",
        "Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048",
    ] {
        assert!(info.contains(line), "{line} missing in:\n{info}");
    }
    assert!(!info.contains("AES"), "{info}");
}

/// The `openssl req` arguments of a P-256 leaf key.
const P256_LEAF: &[&str] = &["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"];

/// A CA and a leaf it issued, made by OpenSSL: ca.pem, leaf.key, leaf.pem.
fn openssl_identity(dir: &Path, leaf_key: &[&str]) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-384",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-subj",
            "/CN=OpenSSL Test CA",
            "-days",
            "2",
        ],
    );
    let mut request = vec!["req", "-new", "-utf8", "-nodes", "-keyout", "leaf.key"];
    request.extend_from_slice(leaf_key);
    request.extend_from_slice(&[
        "-subj",
        "/CN=Тарас Шевченко/O=ТОВ Ромашка",
        "-out",
        "leaf.csr",
    ]);
    openssl(dir, &request);
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-out",
            "leaf.pem",
        ],
    );
}

/// `openssl pkcs12 -export` of what [`openssl_identity`] made (leaf key,
/// leaf and CA) under `pass` (`pass:…`) with `options`, written to `out`
/// in `dir`; the file's bytes.
fn openssl_export(dir: &Path, pass: &str, options: &[&str], out: &str) -> Vec<u8> {
    let mut args = vec![
        "pkcs12",
        "-export",
        "-inkey",
        "leaf.key",
        "-in",
        "leaf.pem",
        "-certfile",
        "ca.pem",
        "-passout",
        pass,
        "-out",
        out,
    ];
    args.extend_from_slice(options);
    openssl(dir, &args);
    std::fs::read(dir.join(out)).unwrap()
}

#[test]
fn files_made_by_openssl_are_imported_modern_3des_and_rc2() {
    let dir = tempfile::tempdir().unwrap();
    let password = "Пароль-2026";
    let pass = format!("pass:{password}");
    for (leaf_key, variants) in [
        (
            P256_LEAF,
            &[
                &[][..],
                &["-legacy"],
                &[
                    "-keypbe",
                    "PBE-SHA1-3DES",
                    "-certpbe",
                    "PBE-SHA1-3DES",
                    "-macalg",
                    "sha1",
                ],
            ][..],
        ),
        (&["-newkey", "rsa:2048"], &[&[][..]]),
    ] {
        openssl_identity(dir.path(), leaf_key);
        let leaf = read_certificates(&std::fs::read(dir.path().join("leaf.pem")).unwrap()).unwrap();
        let ca = read_certificates(&std::fs::read(dir.path().join("ca.pem")).unwrap()).unwrap();
        openssl(
            dir.path(),
            &[
                "pkey", "-in", "leaf.key", "-pubout", "-outform", "DER", "-out", "pub.der",
            ],
        );
        let spki = std::fs::read(dir.path().join("pub.der")).unwrap();
        for extra in variants.iter() {
            let options = [&["-name", "Тарас"][..], extra].concat();
            let data = openssl_export(dir.path(), &pass, &options, "f.p12");
            assert!(crate::pki::decode::looks_like_pkcs12(&data));
            let contents = import(&data, password).unwrap_or_else(|e| panic!("{extra:?}: {e}"));
            assert_eq!(
                contents.certificate_der.as_ref(),
                Some(&leaf[0]),
                "{extra:?}"
            );
            assert_eq!(contents.chain_der, ca, "{extra:?}");
            let key = contents.key_pkcs8_der.expect("a key");
            assert_eq!(spki_of_key(&key), spki, "{extra:?}");
            assert_eq!(code(import(&data, "Пароль-2025")), "pkcs12.wrong-password");
        }
        for file in ["ca.key", "leaf.key"] {
            std::fs::remove_file(dir.path().join(file)).unwrap();
        }
    }
}

#[test]
fn a_certificates_only_file_has_no_key_and_no_leaf() {
    let dir = tempfile::tempdir().unwrap();
    openssl_identity(dir.path(), P256_LEAF);
    openssl(
        dir.path(),
        &[
            "pkcs12",
            "-export",
            "-nokeys",
            "-in",
            "leaf.pem",
            "-certfile",
            "ca.pem",
            "-passout",
            "pass:x",
            "-out",
            "certs.p12",
        ],
    );
    let contents = import(&std::fs::read(dir.path().join("certs.p12")).unwrap(), "x").unwrap();
    assert!(contents.key_pkcs8_der.is_none());
    assert!(contents.certificate_der.is_none());
    assert_eq!(contents.chain_der.len(), 2);
}

#[test]
fn a_wrong_password_is_told_as_such() {
    let id = identity(1);
    for profile in [Pkcs12Profile::Modern, Pkcs12Profile::LegacyWindows] {
        let bytes = quick_export(&id, PASSWORD, profile);
        for wrong in ["ein-passwort-2026", "", "Ein-Passwort-2026 "] {
            assert_eq!(code(import(&bytes, wrong)), "pkcs12.wrong-password");
        }
        assert_eq!(code(import(&bytes, PASSWORD)), "ok");
    }
}

#[test]
fn damaged_files_are_invalid_and_never_panic() {
    let id = identity(1);
    let good = quick_export(&id, PASSWORD, Pkcs12Profile::Modern);
    for cut in (0..good.len()).step_by(7) {
        assert_eq!(
            code(import(&good[..cut], PASSWORD)),
            "pkcs12.invalid",
            "cut at {cut}"
        );
    }
    let mut longer = good.clone();
    longer.push(0);
    let noise: Vec<u8> = (0..2000u32).map(|i| (i * 37 % 251) as u8).collect();
    for data in [
        &b""[..],
        b"garbage",
        &[0x30, 0x80],
        &[0x30, 0x03, 0x02, 0x01, 0x03],
        &[0x30, 0x05, 0x02, 0x01, 0x02, 0x30, 0x00],
        &longer,
        &noise,
        &id.certificate,
    ] {
        assert_eq!(code(import(data, PASSWORD)), "pkcs12.invalid", "{data:?}");
    }
}

#[test]
fn a_key_that_is_not_the_certificates_is_refused_both_ways() {
    let (anna, jan) = (identity(0), identity(0));
    assert_eq!(
        code(export(
            &anna.key,
            &jan.certificate,
            &[],
            PASSWORD,
            Pkcs12Profile::Modern,
            "x"
        )),
        "cert.key-mismatch"
    );
    let mixed = crafted(&[(&anna.key, &[&jan.certificate])]);
    assert_eq!(code(import(&mixed, PASSWORD)), "cert.key-mismatch");
}

#[test]
fn two_keys_or_a_key_sealdesk_does_not_use_are_refused() {
    let (anna, jan) = (identity(0), identity(0));
    let two = crafted(&[
        (&anna.key, &[&anna.certificate]),
        (&jan.key, &[&jan.certificate]),
    ]);
    assert_eq!(code(import(&two, PASSWORD)), "pkcs12.invalid");

    let ed_key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ED25519).unwrap();
    let ed_cert = named("Ed25519")
        .self_signed(&ed_key)
        .unwrap()
        .der()
        .to_vec();
    let ed_pkcs8 = ed_key.serialize_der();
    let ed = crafted(&[(&ed_pkcs8, &[&ed_cert])]);
    assert_eq!(code(import(&ed, PASSWORD)), "key.unsupported-private-key");
    assert_eq!(
        code(export(
            &ed_pkcs8,
            &ed_cert,
            &[],
            PASSWORD,
            Pkcs12Profile::Modern,
            "x"
        )),
        "key.unsupported-private-key"
    );
    assert_eq!(
        code(export(
            &anna.key,
            b"not a certificate",
            &[],
            PASSWORD,
            Pkcs12Profile::Modern,
            "x"
        )),
        "cert.invalid"
    );
}

#[test]
fn passwords_pkcs12_cannot_encode_are_refused_but_names_are_mended() {
    let id = identity(0);
    assert_eq!(
        code(export(
            &id.key,
            &id.certificate,
            &[],
            "klucz 🔑",
            Pkcs12Profile::Modern,
            "x"
        )),
        "pkcs12.password-unsupported"
    );
    let bytes = modern_export(&id, &[], "Anna 🔏 Nowak", TEST_ITERATIONS);
    assert_eq!(code(import(&bytes, "🔑")), "pkcs12.password-unsupported");
    assert_eq!(code(import(&bytes, PASSWORD)), "ok");
}

#[test]
fn the_chain_comes_back_nearest_issuer_first_whatever_the_file_order() {
    let id = identity(3);
    let stranger = identity(0).certificate;
    let mut scrambled = id.chain.clone();
    scrambled.reverse();
    scrambled.push(stranger.clone());
    scrambled.push(id.chain[2].clone());
    let bytes = modern_export(&id, &scrambled, "x", TEST_ITERATIONS);
    let back = import(&bytes, PASSWORD).unwrap();
    let mut expected = id.chain.clone();
    expected.push(stranger);
    assert_eq!(back.chain_der, expected);
}

#[test]
fn iteration_counts_beyond_the_limits_are_refused_before_any_derivation() {
    let id = identity(0);
    // 0x8000 is the smallest count DER writes in three bytes, so larger
    // ones can be patched in without changing any length.
    let bytes = modern_export(&id, &[], "x", 0x8000);
    let encoded = [0x02, 0x03, 0x00, 0x80, 0x00];
    let places: Vec<usize> = bytes
        .windows(encoded.len())
        .enumerate()
        .filter(|(_, w)| *w == encoded)
        .map(|(at, _)| at)
        .collect();
    assert_eq!(places.len(), 3, "MAC, certificates and key");
    let shape = limits::check(&bytes, "").unwrap();
    assert_eq!(shape.iterations, 3 * 0x8000, "every count is found");
    assert!(shape.has_mac);
    let patched = |count: u32| {
        let mut data = bytes.clone();
        for &at in &places {
            data[at + 2..at + 5].copy_from_slice(&count.to_be_bytes()[1..]);
        }
        data
    };
    let started = Instant::now();
    let one_too_many = import(&patched(1_000_001), PASSWORD).unwrap_err();
    assert_eq!(one_too_many.code(), "pkcs12.invalid");
    assert!(
        one_too_many.to_string().contains("out of range"),
        "{one_too_many}"
    );
    let too_much_in_all = import(&patched(700_000), PASSWORD).unwrap_err();
    assert!(
        too_much_in_all.to_string().contains("work"),
        "{too_much_in_all}"
    );
    assert!(started.elapsed() < Duration::from_secs(1));
    // Within the limits, the MAC (now wrong) is what fails.
    assert_eq!(
        code(import(&patched(0x8001), PASSWORD)),
        "pkcs12.wrong-password"
    );
}

fn bmp_password() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::char::range('\u{0}', '\u{FFFE}'), 0..12)
        .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn export_then_import_gives_back_key_certificate_and_chain(
        depth in 0usize..=3,
        password in bmp_password(),
        name in "\\PC{0,24}",
    ) {
        let id = identity(depth);
        for profile in [Pkcs12Profile::Modern, Pkcs12Profile::LegacyWindows] {
            let bytes = export_with_iterations(
                &id.key, &id.certificate, &id.chain, &password, profile, &name, TEST_ITERATIONS,
            ).unwrap();
            let back = import(&bytes, &password).unwrap();
            prop_assert_eq!(back.key_pkcs8_der.as_deref(), Some(&id.key));
            prop_assert_eq!(back.certificate_der.as_ref(), Some(&id.certificate));
            prop_assert_eq!(&back.chain_der, &id.chain);
        }
    }
}

#[test]
fn the_fuzz_seeds_open_with_their_password() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/pkcs12_import");
    let mut opened = 0;
    for entry in std::fs::read_dir(&seeds).unwrap() {
        let path = entry.unwrap().path();
        // Seeds named `refused-*` are attacks the import must turn down.
        if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("refused-"))
        {
            assert_eq!(
                code(import(&std::fs::read(&path).unwrap(), "fuzz")),
                "pkcs12.invalid"
            );
            continue;
        }
        let contents = import(&std::fs::read(&path).unwrap(), "fuzz")
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(!contents.chain_der.is_empty(), "{}", path.display());
        opened += 1;
    }
    assert!(opened >= 5, "seeds missing in {}", seeds.display());
    // Without a MAC, a wrong password shows as a failed decryption.
    let no_mac = std::fs::read(seeds.join("no-mac.p12")).unwrap();
    assert!(!limits::check(&no_mac, "").unwrap().has_mac);
    assert_eq!(code(import(&no_mac, "fuzz?")), "pkcs12.wrong-password");
}

/// A DER element: tag, definite length, content.
fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = content.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes: Vec<u8> = len
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}

fn oid(dotted: &str) -> Vec<u8> {
    use der::Encode;
    der::asn1::ObjectIdentifier::new_unwrap(dotted)
        .to_der()
        .unwrap()
}

/// A PFX without a MAC whose only safe is PBES2-encrypted with a cheap
/// derivation and hides `bags` shrouded key bags of 1,000,000 iterations
/// each (their ciphertext is noise: the budget must refuse before any of
/// them is derived).
pub(super) fn hidden_bags_pfx(bags: usize, password: &str) -> Vec<u8> {
    use der::Encode;
    use pkcs8::pkcs5::pbes2::Parameters;
    let salt = [7u8; 16];
    let iv = [9u8; 16];
    let costly = Parameters::generate_pbkdf2_sha256_aes256cbc(1_000_000, &salt, iv)
        .unwrap()
        .to_der()
        .unwrap();
    let pbes2_alg = |params: &[u8]| {
        tlv(
            0x30,
            &[oid("1.2.840.113549.1.5.13"), params.to_vec()].concat(),
        )
    };
    let shrouded = tlv(
        0x30,
        &[
            oid("1.2.840.113549.1.12.10.1.2"),
            tlv(
                0xa0,
                &tlv(0x30, &[pbes2_alg(&costly), tlv(0x04, &[0u8; 48])].concat()),
            ),
        ]
        .concat(),
    );
    let safe_contents = tlv(0x30, &shrouded.repeat(bags));
    let cheap = Parameters::generate_pbkdf2_sha256_aes256cbc(TEST_ITERATIONS, &salt, iv).unwrap();
    let ciphertext = cheap.encrypt(password.as_bytes(), &safe_contents).unwrap();
    pfx_with_one_encrypted_safe(&pbes2_alg(&cheap.to_der().unwrap()), &ciphertext)
}

/// A PFX without a MAC whose only safe is encrypted the legacy way
/// (pbeWithSHAAnd3-KeyTripleDES-CBC, the PKCS#12 KDF of RFC 7292 appendix B,
/// as `openssl pkcs12 -legacy` writes key bags) with a cheap derivation, and
/// hides `bags` shrouded key bags of 1,000,000 iterations each, also legacy.
pub(super) fn legacy_hidden_bags_pfx(bags: usize, password: &str) -> Vec<u8> {
    use cbc::cipher::{block_padding::Pkcs7, BlockModeEncrypt, KeyIvInit};
    use der::Encode;
    use pkcs12::kdf::{derive_key_utf8, Pkcs12KeyType};
    let sha1_3des = |salt: &[u8], iterations: i64| {
        tlv(
            0x30,
            &[
                oid("1.2.840.113549.1.12.1.3"),
                tlv(
                    0x30,
                    &[tlv(0x04, salt), iterations.to_der().unwrap()].concat(),
                ),
            ]
            .concat(),
        )
    };
    let shrouded = tlv(
        0x30,
        &[
            oid("1.2.840.113549.1.12.10.1.2"),
            tlv(
                0xa0,
                &tlv(
                    0x30,
                    &[sha1_3des(&[7; 8], 1_000_000), tlv(0x04, &[0u8; 48])].concat(),
                ),
            ),
        ]
        .concat(),
    );
    let safe_contents = tlv(0x30, &shrouded.repeat(bags));
    let salt = [5u8; 8];
    let rounds = TEST_ITERATIONS as i32;
    let key =
        derive_key_utf8::<sha1::Sha1>(password, &salt, Pkcs12KeyType::EncryptionKey, rounds, 24)
            .unwrap();
    let iv = derive_key_utf8::<sha1::Sha1>(password, &salt, Pkcs12KeyType::Iv, rounds, 8).unwrap();
    let ciphertext = cbc::Encryptor::<des::TdesEde3>::new_from_slices(&key, &iv)
        .unwrap()
        .encrypt_padded_vec::<Pkcs7>(&safe_contents);
    pfx_with_one_encrypted_safe(&sha1_3des(&salt, i64::from(TEST_ITERATIONS)), &ciphertext)
}

/// PFX { version 3, authSafe { one EncryptedData safe } } without a MAC.
fn pfx_with_one_encrypted_safe(algorithm: &[u8], ciphertext: &[u8]) -> Vec<u8> {
    let encrypted_content_info = tlv(
        0x30,
        &[
            oid("1.2.840.113549.1.7.1"),
            algorithm.to_vec(),
            tlv(0x80, ciphertext),
        ]
        .concat(),
    );
    let encrypted_data = tlv(0x30, &[tlv(0x02, &[0]), encrypted_content_info].concat());
    let content_info = tlv(
        0x30,
        &[oid("1.2.840.113549.1.7.6"), tlv(0xa0, &encrypted_data)].concat(),
    );
    let auth_safe = tlv(0x30, &content_info);
    let outer = tlv(
        0x30,
        &[
            oid("1.2.840.113549.1.7.1"),
            tlv(0xa0, &tlv(0x04, &auth_safe)),
        ]
        .concat(),
    );
    tlv(0x30, &[tlv(0x02, &[3]), outer].concat())
}

#[test]
#[ignore = "writes the fuzz seed; run by hand when the builder changes"]
fn write_the_hidden_bags_seed() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/pkcs12_import");
    std::fs::write(
        seeds.join("refused-hidden-bags.p12"),
        hidden_bags_pfx(3, "fuzz"),
    )
    .unwrap();
    std::fs::write(
        seeds.join("refused-hidden-bags-legacy.p12"),
        legacy_hidden_bags_pfx(3, "fuzz"),
    )
    .unwrap();
}

/// One bag hidden in a safe `pfx` builds is within the budget, three are
/// refused before any is derived, and without the password they stay hidden.
fn hidden_bags_count_against_the_budget(pfx: fn(usize, &str) -> Vec<u8>) {
    // One hidden bag is within the budget: the library then fails on the
    // noise, as it would on any damaged bag.
    let one = limits::check(&pfx(1, PASSWORD), PASSWORD).unwrap();
    assert_eq!(
        one.iterations,
        2 * i64::from(TEST_ITERATIONS) + 1_000_000,
        "the safe's derivation (here and in the library) and the hidden bag's"
    );
    // Three are 3,000,000 iterations: refused before any is derived.
    let err = import(&pfx(3, PASSWORD), PASSWORD).unwrap_err();
    assert_eq!(err.code(), "pkcs12.invalid");
    assert!(
        err.to_string().contains("more password-derivation work"),
        "{err}"
    );
    // Without the password the hidden bags stay hidden; the library then
    // cannot decrypt the safe and derives nothing inside it.
    assert!(limits::check(&pfx(3, PASSWORD), "wrong").is_ok());
}

#[test]
fn key_derivations_hidden_in_an_encrypted_safe_count_against_the_budget() {
    hidden_bags_count_against_the_budget(hidden_bags_pfx);
}

#[test]
fn key_derivations_hidden_in_a_legacy_encrypted_safe_count_against_the_budget() {
    hidden_bags_count_against_the_budget(legacy_hidden_bags_pfx);

    // A file `openssl pkcs12 -legacy` writes still imports, its RC2 safe
    // (certificates) opened by the check: MAC, key bag and the safe twice,
    // 2,048 iterations each.
    let dir = tempfile::tempdir().unwrap();
    openssl_identity(dir.path(), P256_LEAF);
    let pass = format!("pass:{PASSWORD}");
    let data = openssl_export(dir.path(), &pass, &["-legacy"], "legacy.p12");
    assert_eq!(limits::check(&data, PASSWORD).unwrap().iterations, 4 * 2048);
    let contents = import(&data, PASSWORD).unwrap();
    assert!(contents.key_pkcs8_der.is_some());
    assert_eq!(contents.chain_der.len(), 1);
}
