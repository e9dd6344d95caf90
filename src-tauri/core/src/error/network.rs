//! Names why a network connection failed, so the user reads a sentence
//! about their situation (the server refused, the name is unknown, no
//! answer in time) rather than the system's English text.

use std::error::Error as StdError;
use std::io::ErrorKind;

/// Every reason [`network_reason`] returns; each is a case of the Fluent
/// selectors of `error-mail-server-unreachable` and
/// `error-mail-connection-lost`.
pub const NETWORK_REASONS: &[&str] = &[
    "connection-refused",
    "host-not-found",
    "timed-out",
    "network-unreachable",
    "connection-reset",
    "tls",
    "no-starttls",
    "other",
];

/// The reason of a failed connection: the kind of the I/O error in its
/// chain of causes where there is one, else what its text says (a failed
/// name lookup has no kind of its own).
pub fn network_reason(err: &(dyn StdError + 'static)) -> &'static str {
    let mut cause: Option<&(dyn StdError + 'static)> = Some(err);
    while let Some(current) = cause {
        if let Some(io) = current.downcast_ref::<std::io::Error>() {
            match io.kind() {
                ErrorKind::ConnectionRefused => return "connection-refused",
                ErrorKind::TimedOut => return "timed-out",
                ErrorKind::HostUnreachable | ErrorKind::NetworkUnreachable => {
                    return "network-unreachable"
                }
                ErrorKind::ConnectionReset
                | ErrorKind::ConnectionAborted
                | ErrorKind::BrokenPipe
                | ErrorKind::UnexpectedEof => return "connection-reset",
                _ => {}
            }
        }
        cause = current.source();
    }
    reason_of_text(&format!("{err} {err:?}"))
}

fn reason_of_text(text: &str) -> &'static str {
    let text = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&[
        "failed to lookup address",
        "name or service not known",
        "no such host",
        "nodename nor servname",
        "temporary failure in name resolution",
    ]) {
        "host-not-found"
    } else if has(&["connection refused", "os error 111", "os error 10061"]) {
        "connection-refused"
    } else if has(&["timed out", "timeout"]) {
        "timed-out"
    } else if has(&["network is unreachable", "no route to host"]) {
        "network-unreachable"
    } else if has(&["connection reset", "broken pipe", "unexpected eof"]) {
        "connection-reset"
    } else if has(&["tls", "certificate", "handshake"]) {
        "tls"
    } else {
        "other"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{TcpListener, TcpStream};

    #[test]
    fn a_closed_port_is_a_refused_connection() {
        // A port just freed has nothing listening on it.
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let err = TcpStream::connect(("127.0.0.1", port)).unwrap_err();
        assert_eq!(network_reason(&err), "connection-refused");
    }

    #[test]
    fn an_unknown_host_name_is_told_by_its_text() {
        let err = std::io::Error::other(
            "failed to lookup address information: Name or service not known",
        );
        assert_eq!(network_reason(&err), "host-not-found");
        let err = std::io::Error::other("something nobody foresaw");
        assert_eq!(network_reason(&err), "other");
        for reason in [network_reason(&err), "no-starttls"] {
            assert!(NETWORK_REASONS.contains(&reason));
        }
    }
}
