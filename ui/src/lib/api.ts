// Typed calls to the app's commands. Each command is a thin adapter over the
// Rust core; nothing here decides anything the core should decide.
import { Channel, invoke } from "@tauri-apps/api/core";
import type { Language } from "./i18n.svelte";

export interface ErrorPayload {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export interface Settings {
  language: Language | null;
  idle_lock_minutes: number;
}

export interface AdminStatus {
  initialized: boolean;
  name: string | null;
}

export interface AppInfo {
  version: string;
  data_dir: string | null;
  os_language: Language;
  settings: Settings | null;
  admin: AdminStatus | null;
  schema_version: number | null;
  unlocked: boolean;
  startup_error: ErrorPayload | null;
  admin_password_min_chars: number;
}

export interface PasswordStrength {
  score: 0 | 1 | 2 | 3 | 4;
  long_enough: boolean;
  hint: "common" | "pattern" | "dates" | "word" | "short" | null;
}

export interface AuditEvent {
  id: number;
  at: string;
  actor: string;
  action: string;
  detail: Record<string, string | number>;
}

export interface Progress {
  done: number;
  total: number;
}

/** Whether a thrown value is an error the core produced. */
export function isErrorPayload(value: unknown): value is ErrorPayload {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

export const api = {
  appInfo: () => invoke<AppInfo>("app_info"),
  passwordStrength: (password: string, minChars: number, userInputs: string[]) =>
    invoke<PasswordStrength>("password_strength", { password, minChars, userInputs }),
  setupAdministrator: (name: string, password: string) =>
    invoke<{ recovery_code: string }>("setup_administrator", { name, password }),
  unlock: (password: string) => invoke<void>("unlock", { password }),
  recoverPassword: (code: string, newPassword: string) =>
    invoke<{ recovery_code: string }>("recover_password", { code, newPassword }),
  lock: () => invoke<void>("lock"),
  touchSession: () => invoke<void>("touch_session"),
  setLanguage: (language: Language) => invoke<void>("set_language", { language }),
  setIdleLock: (minutesIdle: number) => invoke<void>("set_idle_lock", { minutesIdle }),
  recentActivity: (limit: number) => invoke<AuditEvent[]>("recent_activity", { limit }),
  backupStore: (onProgress: (p: Progress) => void) => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return invoke<string>("backup_store", { onProgress: channel });
  },
};
