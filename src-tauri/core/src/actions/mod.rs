//! Use cases: one public function per user action, shared by the window
//! and the command line.
//!
//! Each takes the [`Context`] it acts in and a typed request, and returns a
//! typed answer: the choices a user makes (term, format, profile, reason,
//! algorithm, ...) arrive as enums that were parsed once at the edge, so an
//! unknown value never reaches here. A face (a Tauri command or a CLI
//! subcommand) parses its input, calls one function here and shows the
//! answer; the call sequences, checks and rules live in these functions.

pub mod admin;
pub mod backup;
pub mod certificate_files;
pub mod certificates;
pub mod companies;
mod context;
pub mod document_check;
pub mod documents;
pub mod first_steps;
pub mod identity;
pub mod key_secret;
pub mod keys;
pub mod mail;
pub mod mail_send;
pub mod mail_templates;
pub mod outbox;
pub mod portal_send;
pub mod portal_users;
pub mod renewal;
pub mod renewal_documents;
pub mod renewal_prices;
pub mod renewal_runs;
#[cfg(test)]
mod scope_tests;
pub mod seal;
pub mod send_choices;
pub mod session;
pub mod settings;
pub mod signing;
pub mod status;
#[cfg(test)]
mod test_store;
pub mod token_module;

pub use context::{Actor, Context, Gate, Scope};
