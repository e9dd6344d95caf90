//! `sealdesk`: the SealDesk core on the command line (see CLI.md).
//!
//! Exit 0 on success, 1 on a failure with one `error[CODE]: sentence` line
//! on stderr in the user's language, 2 on wrong usage.

// All output goes through `output`, which escapes what it prints and
// survives a closed pipe; the print macros would do neither.
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod args;
mod commands;
mod company_args;
mod company_commands;
mod hints;
mod identity_args;
mod identity_commands;
mod ids_args;
mod ids_commands;
mod mail_args;
mod mail_commands;
mod mail_template_args;
mod mail_template_commands;
mod messages;
mod outbox_args;
mod outbox_commands;
mod output;
mod pki_args;
mod pki_commands;
mod portal_args;
mod portal_commands;
mod portal_send_commands;
mod renew_args;
mod renew_commands;
mod secret;
mod sign_args;
mod sign_commands;
mod sign_in;
mod smtp_args;
mod smtp_commands;
mod verify_args;
mod verify_commands;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match commands::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            // One line, as scripts expect; the option that answers the
            // failure, if there is one, goes at its end.
            let messages = messages::Messages::for_os();
            let sentence = messages.sentence(&failure);
            output::emit_err(&match hints::for_code(&messages, &failure.code) {
                Some(hint) => format!("error[{}]: {sentence} ({hint})", failure.code),
                None => format!("error[{}]: {sentence}", failure.code),
            });
            ExitCode::from(if failure.is_usage() { 2 } else { 1 })
        }
    }
}
