//! `sign`: read the inputs, call the core, print.

use crate::output::{print, Failure};
use crate::pki_commands::key_secret;
use crate::sign_args::SignArgs;
use sealdesk_core::actions::{documents, Context};
use sealdesk_core::sign::signing::{SignOptions, SignatureFormat};

/// Runs `sign`.
pub fn sign(json_mode: bool, cx: &Context, args: &SignArgs) -> Result<(), Failure> {
    let secret = key_secret(&args.secret)?;
    let signed = documents::sign_file(
        cx,
        args.cert,
        &secret,
        &args.input,
        &SignOptions {
            output: args.out.as_deref(),
            detached: args.detached,
            reason: args.reason.as_deref(),
        },
    )?;
    print(
        json_mode,
        &signed,
        &[match signed.format {
            SignatureFormat::Pades => format!("signed PDF written to {}", signed.output.display()),
            SignatureFormat::Cades => format!("signature written to {}", signed.output.display()),
        }],
    );
    Ok(())
}
