//! PKCS#11 failures in words a user can act on. Vendor modules answer with
//! bare return codes; the code's name stays in the message so support can
//! look it up, and the PIN never appears (cryptoki's errors do not carry it).

use crate::Error;
use cryptoki::error::{Error as CryptokiError, RvError};

/// What SealDesk was asking the token to do, worded to complete "the token
/// failed while ...".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Operation {
    StartingModule,
    ListingTokens,
    OpeningSession,
    CheckingPin,
    GeneratingKeyPair,
    ReadingPublicKey,
    SearchingKey,
    Signing,
    RemovingKey,
}

impl Operation {
    fn words(self) -> &'static str {
        match self {
            Operation::StartingModule => "starting the module",
            Operation::ListingTokens => "listing the tokens",
            Operation::OpeningSession => "opening a session",
            Operation::CheckingPin => "checking the PIN",
            Operation::GeneratingKeyPair => "generating the key pair",
            Operation::ReadingPublicKey => "reading the public key",
            Operation::SearchingKey => "searching for the key",
            Operation::Signing => "signing",
            Operation::RemovingKey => "removing an unfinished key",
        }
    }
}

/// A failed token call as [`TokenError::Failure`].
pub(crate) fn failure(operation: Operation, err: CryptokiError) -> Error {
    let detail = match err {
        CryptokiError::Pkcs11(rv, _) => describe(rv),
        other => other.to_string(),
    };
    token_failure(operation, detail)
}

/// [`TokenError::Failure`] for a token answer SealDesk cannot use.
pub(crate) fn token_failure(operation: Operation, detail: impl Into<String>) -> Error {
    Error::Token(crate::TokenError::Failure {
        operation: operation.words().to_string(),
        detail: detail.into(),
    })
}

/// A failed user login: the PIN answers get their own errors, since the
/// user can do something about them.
pub(crate) fn login_failure(err: CryptokiError) -> Error {
    match err {
        // A PIN of the wrong length or with characters the token does not
        // take is, to the user, just a wrong PIN.
        CryptokiError::Pkcs11(
            RvError::PinIncorrect | RvError::PinLenRange | RvError::PinInvalid,
            _,
        ) => Error::Token(crate::TokenError::WrongPin),
        CryptokiError::Pkcs11(RvError::PinLocked, _) => Error::Token(crate::TokenError::PinLocked),
        other => failure(Operation::CheckingPin, other),
    }
}

/// A return code in plain words, followed by its PKCS#11 name.
pub(crate) fn describe(rv: RvError) -> String {
    let words = match rv {
        RvError::DeviceRemoved | RvError::TokenNotPresent => "the token was removed",
        RvError::DeviceError => "the token reported a hardware error",
        RvError::DeviceMemory => "the token has no room left",
        RvError::HostMemory => "this computer ran out of memory",
        RvError::TemplateInconsistent
        | RvError::TemplateIncomplete
        | RvError::AttributeTypeInvalid
        | RvError::AttributeValueInvalid
        | RvError::AttributeReadOnly => "the token refused the key's settings",
        RvError::MechanismInvalid | RvError::MechanismParamInvalid => {
            "the token does not offer this algorithm"
        }
        RvError::KeySizeRange => "the token does not offer this key size",
        RvError::CurveNotSupported | RvError::DomainParamsInvalid => {
            "the token does not offer this curve"
        }
        RvError::UserNotLoggedIn => "the token asks for the PIN first",
        RvError::UserPinNotInitialized => "the token's user PIN was never set",
        RvError::PinExpired => "the PIN has expired; change it with the token's own tool",
        RvError::SessionHandleInvalid | RvError::SessionClosed => {
            "the connection to the token was lost"
        }
        RvError::SessionCount => "the token has too many open sessions",
        RvError::TokenWriteProtected | RvError::SessionReadOnly => "the token is write-protected",
        RvError::KeyFunctionNotPermitted => "the key is not allowed to sign",
        RvError::KeyHandleInvalid | RvError::ObjectHandleInvalid => "the key is no longer there",
        RvError::FunctionNotSupported => "the token does not support this operation",
        RvError::FunctionCanceled | RvError::Cancel => "the operation was cancelled",
        RvError::TokenNotRecognized => "the module does not recognise the token",
        RvError::CryptokiNotInitialized => "the module was not started",
        _ => "the token answered with an error",
    };
    format!("{words} ({})", code_name(rv))
}

/// `PinIncorrect` -> `CKR_PIN_INCORRECT`.
fn code_name(rv: RvError) -> String {
    match rv {
        RvError::VendorDefined(code) => format!("vendor code {code:#x}"),
        RvError::UnknownErrorCode(code) => format!("unknown code {code:#x}"),
        other => {
            let camel = format!("{other:?}");
            let mut name = String::from("CKR");
            for c in camel.chars() {
                if c.is_ascii_uppercase() {
                    name.push('_');
                }
                name.push(c.to_ascii_uppercase());
            }
            name
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cryptoki::context::Function;

    fn rv(code: RvError) -> CryptokiError {
        CryptokiError::Pkcs11(code, Function::Login)
    }

    #[test]
    fn pin_answers_get_their_own_errors() {
        assert_eq!(
            login_failure(rv(RvError::PinIncorrect)).code(),
            "token.wrong-pin"
        );
        assert_eq!(
            login_failure(rv(RvError::PinLocked)).code(),
            "token.pin-locked"
        );
        let other = login_failure(rv(RvError::DeviceRemoved));
        assert_eq!(other.code(), "token.failure");
        assert_eq!(
            other.to_string(),
            "the token failed during checking the PIN: the token was removed (CKR_DEVICE_REMOVED)"
        );
    }

    #[test]
    fn return_codes_keep_their_pkcs11_names() {
        assert_eq!(
            describe(RvError::TemplateInconsistent),
            "the token refused the key's settings (CKR_TEMPLATE_INCONSISTENT)"
        );
        assert!(describe(RvError::CryptokiAlreadyInitialized)
            .ends_with("(CKR_CRYPTOKI_ALREADY_INITIALIZED)"));
        assert!(describe(RvError::VendorDefined(0x8000_0001)).contains("0x80000001"));
    }
}
