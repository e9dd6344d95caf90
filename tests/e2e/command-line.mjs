// The `sealdesk` command line, used by the end-to-end tests to prepare a
// store before the window opens and to read back what the window did.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { appBinary, appSession } from "./harness.mjs";

/** The longest one command may take before the test fails. */
const COMMAND_LIMIT_SECONDS = 120;

/** The command line built beside the app. */
export const cliBinary = process.env.SEALDESK_CLI ?? join(dirname(appBinary), "sealdesk");

/**
 * Helpers bound to one test's store in `dataDir` and its scratch folder
 * `work`: `sealdesk(...args)` runs the command line with `--json` and fails
 * the test when it fails; `secret(name, value)` writes a file only the user
 * can read, for the `--…-file` options.
 */
export function commandLine(dataDir, work) {
  assert.ok(existsSync(cliBinary), `build the command line first: ${cliBinary} is missing`);
  /** The administrator's password file once the store is set up: every store command signs in with it. */
  let operatorPassword = null;
  return {
    sealdesk(...args) {
      // In the app's D-Bus session, and bounded: GNU timeout ends the
      // command's whole process group when it does not finish in time.
      const run = spawnSync("timeout", ["--kill-after=5", String(COMMAND_LIMIT_SECONDS),
        cliBinary, "--data-dir", dataDir, "--json", ...args],
      { encoding: "utf8", env: {
        ...process.env,
        ...appSession(),
        ...(operatorPassword ? { SEALDESK_OPERATOR_PASSWORD_FILE: operatorPassword } : {}),
      } });
      assert.ok(!run.error, `the sealdesk command line is needed (cargo build): ${run.error}`);
      assert.ok(run.status !== 124 && run.status !== 137,
        `sealdesk ${args.join(" ")} did not end within ${COMMAND_LIMIT_SECONDS} s and was killed:\n${run.stdout}${run.stderr}`);
      assert.equal(run.status, 0, `sealdesk ${args.join(" ")} failed:\n${run.stdout}${run.stderr}`);
      return JSON.parse(run.stdout);
    },
    secret(name, value) {
      const path = join(work, name);
      writeFileSync(path, value, { mode: 0o600 });
      return path;
    },
    /**
     * Sets the store up as an office with a company seal: `init` for the
     * administrator Dana Levi with `password`, a seal key file in `work`
     * under `sealPassword`, the seal of the Ukrainian `organization` and,
     * unless `exportSeal` is false, its certificate as `seal.pem` in
     * `work`. Returns the file holding the seal's password.
     */
    sealOffice({ password, sealPassword, organization = "ТОВ «Ромашка»", exportSeal = true }) {
      const admin = this.secret("admin-pw", password);
      const sealPw = this.secret("seal-pw", sealPassword);
      this.sealdesk("init", "--admin-password-file", admin, "--admin-name", "Dana Levi");
      operatorPassword = admin;
      this.sealdesk("key", "generate", "--algorithm", "ec-p256", "--file", join(work, "seal.key"),
        "--password-file", sealPw);
      this.sealdesk("seal", "create", "--key", "1", "--key-password-file", sealPw,
        "--org", organization, "--org-id", "NTRUA-14360570", "--country", "UA");
      if (exportSeal) this.sealdesk("seal", "export", "--id", "1", "--out", join(work, "seal.pem"));
      return sealPw;
    },
  };
}
