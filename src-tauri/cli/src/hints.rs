//! What to type next, for failures the command line can answer with one of
//! its own options. The core's sentences speak of what the user did, in the
//! window's words; only here are its flags named.

/// The option that deals with the failure `code`, as a line to print after
/// the error, or `None`.
pub fn for_code(code: &str) -> Option<&'static str> {
    Some(match code {
        "verify.signature-missing" => "give the signature file with --signature FILE",
        "pdf.header-not-at-start" => "or sign it as a separate .p7s file with --detached",
        "mail.plain-not-allowed" => "to send without encryption anyway, add --allow-plain",
        "mail.message-too-large" => "to send it anyway, add --allow-large",
        "renewal.forbidden-email" => "give each a new address with --set-email CERT_ID=ADDRESS",
        "store.no-data-dir" => "choose the data folder with --data-dir DIR (or SEALDESK_DATA_DIR)",
        "token.module-not-set" => "name the token's library with --module LIB",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_failures_with_an_option_get_a_hint() {
        assert!(for_code("verify.signature-missing")
            .unwrap()
            .contains("--signature"));
        assert_eq!(for_code("key.wrong-password"), None);
    }
}
