//! `portal send-certificates`: read the arguments, call the core, print.

use crate::output::{emit_err, print, Failure};
use crate::pki_commands::seal_args_secret;
use crate::portal_args::{PortalCommand, PortalSendArgs};
use sealdesk_core::actions::portal_send::{
    self, PortalSelection, SendCertificates, SendProgress, SentItem,
};
use sealdesk_core::actions::Context;
use std::io::IsTerminal;
use std::sync::atomic::AtomicBool;

/// `portal ...`.
pub fn portal(json: bool, cx: &Context, command: &PortalCommand) -> Result<(), Failure> {
    match command {
        PortalCommand::SendCertificates(args) => send_certificates(json, cx, args),
    }
}

fn selection(args: &PortalSendArgs) -> PortalSelection {
    let chosen = &args.selection;
    match (&chosen.users, &chosen.contractor) {
        (Some(ids), _) => PortalSelection::Users(ids.clone()),
        (None, Some(code)) => PortalSelection::Contractor(code.clone()),
        (None, None) => PortalSelection::AllWithoutCertificate,
    }
}

fn line(item: &SentItem) -> String {
    let mut line = format!("{} {}: {}", item.user_id, item.login, item.state);
    if let Some(cert) = item.cert_id {
        line.push_str(&format!(", certificate {cert}"));
    }
    if let Some(p12) = &item.p12 {
        line.push_str(&format!(", copy {p12}"));
    }
    if let Some(code) = &item.error_code {
        line.push_str(&format!(" ({code})"));
    }
    if let Some(password) = &item.password {
        line.push_str(&format!(", password to read out: {password}"));
    }
    line
}

fn send_certificates(json: bool, cx: &Context, args: &PortalSendArgs) -> Result<(), Failure> {
    let request = SendCertificates {
        selection: selection(args),
        seal_id: args.seal,
        seal_secret: seal_args_secret(&args.seal_secret)?,
        password_by_phone: args.password_by_phone,
    };
    let show_progress = std::io::stderr().is_terminal();
    let mut progress = |p: &SendProgress| {
        if show_progress {
            emit_err(&format!(
                "{}/{}: user {} {}",
                p.done, p.total, p.user_id, p.state
            ));
        }
    };
    let report =
        portal_send::send_certificates(cx, &request, &mut progress, &AtomicBool::new(false))?;
    let mut lines = vec![format!("run {}", report.run_id)];
    lines.extend(report.items.iter().map(line));
    print(json, &report, &lines);
    Ok(())
}
