//! `ids`: national business identifiers.

use crate::ids_args::IdsCommand;
use crate::output::{print, Failure};
use sealdesk_core::ids::{self, Kind};
use sealdesk_core::Error;
use serde_json::json;

/// Runs `ids ...`; needs no store.
pub fn ids(json_mode: bool, command: &IdsCommand) -> Result<(), Failure> {
    match command {
        IdsCommand::Check(args) => {
            let kind = match &args.kind {
                None => None,
                Some(name) => Some(Kind::from_name(name).ok_or_else(|| {
                    Error::Id(sealdesk_core::IdError::UnknownKind {
                        country: args.country.to_ascii_uppercase(),
                        kind: name.clone(),
                    })
                })?),
            };
            let id = ids::check(&args.country, kind, &args.value)?;
            let in_certificate = id.subject_value();
            print(
                json_mode,
                &json!({
                    "country": id.country,
                    "kind": id.kind,
                    "normalized": id.normalized,
                    "organization_identifier": id.organization_identifier(),
                    "serial_number": id.serial_number(),
                }),
                &[format!(
                    "{} {} {} is valid; in a certificate: {in_certificate}",
                    id.country,
                    id.kind.label(),
                    id.normalized
                )],
            );
        }
    }
    Ok(())
}
