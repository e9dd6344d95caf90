//! Decryption of the legacy PKCS#12 password-based encryption (RFC 7292
//! appendix C): the PKCS#12 KDF of appendix B over SHA-1 gives key and IV,
//! then 3DES-CBC or RC2-CBC. Only the two schemes p12-keystore itself
//! decrypts are handled: a safe under any other one is never opened by the
//! library, so nothing inside it is derived from.

use cbc::cipher::{block_padding::Pkcs7, BlockCipherDecrypt, BlockModeDecrypt, KeyInit, KeyIvInit};
use der::asn1::ObjectIdentifier;
use pkcs12::kdf::{derive_key_utf8, Pkcs12KeyType};

/// pbeWithSHAAnd3-KeyTripleDES-CBC.
pub(super) const SHA1_3DES: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.1.3");
/// pbeWithSHAAnd40BitRC2-CBC.
pub(super) const SHA1_RC2_40: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.1.6");

/// The plaintext of `ciphertext` under `scheme` (one of the constants above)
/// with pkcs-12PbeParams `salt` and `iterations`; None when the scheme is
/// another one, the parameters are unusable or the password is wrong (bad
/// padding).
pub(super) fn decrypt(
    scheme: ObjectIdentifier,
    salt: &[u8],
    iterations: i64,
    password: &str,
    ciphertext: &[u8],
) -> Option<Vec<u8>> {
    let iterations = i32::try_from(iterations).ok().filter(|i| *i >= 1)?;
    match scheme {
        SHA1_3DES => cbc_decrypt::<des::TdesEde3>(salt, iterations, 24, password, ciphertext),
        SHA1_RC2_40 => cbc_decrypt::<rc2::Rc2>(salt, iterations, 5, password, ciphertext),
        _ => None,
    }
}

fn cbc_decrypt<C: BlockCipherDecrypt + KeyInit>(
    salt: &[u8],
    iterations: i32,
    key_len: usize,
    password: &str,
    ciphertext: &[u8],
) -> Option<Vec<u8>> {
    let key = zeroize::Zeroizing::new(
        derive_key_utf8::<sha1::Sha1>(
            password,
            salt,
            Pkcs12KeyType::EncryptionKey,
            iterations,
            key_len,
        )
        .ok()?,
    );
    let iv =
        derive_key_utf8::<sha1::Sha1>(password, salt, Pkcs12KeyType::Iv, iterations, 8).ok()?;
    cbc::Decryptor::<C>::new_from_slices(&key, &iv)
        .ok()?
        .decrypt_padded_vec::<Pkcs7>(ciphertext)
        .ok()
}
