//! Each subcommand: read its inputs, call the core, print the result.

use crate::args::{Cli, Command, KeyCommand};
use crate::output::{print, Failure};
use crate::secret;
use chrono::Utc;
use sealdesk_core::keys::{registry, KeyAlgorithm};
use sealdesk_core::{admin, backup, store, Store};
use serde_json::json;

/// Runs the parsed command line.
pub fn run(cli: &Cli) -> Result<(), Failure> {
    let data_dir = store::resolve_data_dir(cli.data_dir.clone())?;
    match &cli.command {
        Command::Init(args) => {
            let password = secret::read(
                args.admin_password.admin_password_file.as_deref(),
                args.admin_password.admin_password_env.as_deref(),
            )?;
            let store = Store::open(&data_dir)?;
            let code = admin::create(&store, &args.admin_name, &password, Utc::now())?;
            let code = code.display_form();
            print(
                cli.json,
                &json!({ "data_dir": data_dir, "recovery_code": code }),
                &[
                    format!("SealDesk is set up in {}", data_dir.display()),
                    format!("Recovery code (write it down, it is shown only now): {code}"),
                ],
            );
        }
        Command::Status => {
            let store = Store::open_existing(&data_dir)?;
            let status = admin::status(&store)?;
            let schema = store.schema_version()?;
            print(
                cli.json,
                &json!({
                    "data_dir": data_dir,
                    "schema_version": schema,
                    "initialized": status.initialized,
                    "administrator": status.name,
                }),
                &[
                    format!("data folder: {}", data_dir.display()),
                    format!("schema version: {schema}"),
                    format!(
                        "administrator: {}",
                        status.name.as_deref().unwrap_or("(not set up)")
                    ),
                ],
            );
        }
        Command::Backup(args) => {
            let store = Store::open_existing(&data_dir)?;
            let done = backup::backup_to(&store, &args.out, |_| true)?;
            print(
                cli.json,
                &json!({ "path": args.out, "pages": done.total }),
                &[format!("backup written to {}", args.out.display())],
            );
        }
        Command::Key(KeyCommand::Generate(args)) => {
            let algorithm: KeyAlgorithm = args.algorithm.parse()?;
            let password = secret::read(
                args.password.password_file.as_deref(),
                args.password.password_env.as_deref(),
            )?;
            let store = Store::open_existing(&data_dir)?;
            let key =
                registry::generate_file_key(&store, algorithm, &args.file, &password, Utc::now())?;
            print(
                cli.json,
                &key,
                &[
                    format!(
                        "key {} ({}) written to {}",
                        key.id, key.algorithm, key.location
                    ),
                    format!("public key SHA-256: {}", key.spki_sha256),
                ],
            );
        }
        Command::Seal(command) => crate::pki_commands::seal(cli.json, &data_dir, command)?,
        Command::Cert(command) => crate::pki_commands::cert(cli.json, &data_dir, command)?,
        Command::Csr(command) => crate::pki_commands::csr(cli.json, &data_dir, command)?,
    }
    Ok(())
}
