# Interfaccia di SealDesk, italiano.

app-name = SealDesk
app-tagline = Certificati di firma, sigillo aziendale e posta firmata in un'unica postazione

## Lingue (ciascuna scritta nella propria lingua)

language-en = English
language-pl = Polski
language-he = עברית
language-it = Italiano
language-ru = Русский
language-uk = Українська

## Azioni comuni

action-back = Indietro
action-next = Avanti
action-cancel = Annulla
action-continue = Continua
action-close = Chiudi
action-retry = Riprova
action-lock = Blocca
action-print = Stampa
action-save = Salva

## Navigazione

nav-label = Menu principale
nav-identities = Identità
nav-seal = Sigillo e certificati
nav-documents = Documenti
nav-mail = Posta
nav-renewal = Rinnovi
nav-companies = Aziende
nav-settings = Impostazioni

## Schermate ancora vuote

coming-title = Prossimamente
coming-identities = Qui registrerai le identità di firma: partita IVA o codice verificato secondo la regola nazionale, firmatario, e-mail visualizzata e password di firma, con una sola identità attiva per la firma.
coming-seal = Qui gestirai il sigillo aziendale: lo creerai su un file di chiave o su un token, ne vedrai la cronologia e la scadenza, emetterai certificati per la firma e per gli utenti del portale e li esporterai in PKCS#12.
coming-documents = Qui firmerai PDF (PAdES) e qualsiasi altro file (.p7s), anche molti insieme, e verificherai i documenti firmati.
coming-mail = Qui configurerai la posta in uscita dalla tabella dei provider, proverai la connessione, modificherai i modelli e seguirai la posta in uscita.
coming-renewal = Qui rinnoverai molti certificati in scadenza in un'unica esecuzione riprendibile e seguirai ogni richiesta fino alla fine.
coming-companies = Qui gestirai i tuoi clienti come aziende, ciascuna con utenti, certificati, cronologia e report.

## Procedura guidata

wizard-step-of = Passo { $current } di { $total }
wizard-steps-label = Avanzamento della procedura
wizard-summary = Controlla prima di concludere
wizard-working = Operazione in corso…

## Primo avvio

setup-title = Benvenuto in SealDesk
setup-intro = Questo computer custodirà le tue chiavi e i tuoi certificati. Per prima cosa scegli la lingua e crea l'amministratore locale che sblocca SealDesk.
setup-step-language = Lingua
setup-step-admin = Amministratore
setup-step-summary = Riepilogo
setup-language-label = Lingua di SealDesk
setup-language-hint = Potrai cambiarla in seguito nelle Impostazioni.
setup-admin-name = Il tuo nome
setup-admin-password = Password
setup-admin-password-confirm = Ripeti la password
setup-admin-password-rule = Almeno { $min } caratteri. Questa password sblocca SealDesk su questo computer.
setup-finish = Crea amministratore
setup-summary-name = Amministratore
setup-summary-language = Lingua
setup-summary-password = Password
setup-summary-password-value = Impostata, robustezza: { $strength }
setup-summary-recovery = Al termine SealDesk mostrerà una sola volta un codice di recupero. È l'unico modo per rientrare se dimentichi la password.

validation-name-required = Inserisci il tuo nome.
validation-password-short = La password deve avere almeno { $min } caratteri.
validation-password-mismatch = Le due password non coincidono.

## Robustezza della password

strength-label = Robustezza
strength-0 = Molto debole
strength-1 = Debole
strength-2 = Discreta
strength-3 = Robusta
strength-4 = Molto robusta
strength-hint-common = È una password molto diffusa; scegline una che solo tu potresti pensare.
strength-hint-pattern = Righe della tastiera, ripetizioni e sequenze sono facili da indovinare.
strength-hint-dates = Date e anni sono facili da indovinare.
strength-hint-word = Parole o nomi singoli sono facili da indovinare; aggiungi altre parole scollegate.
strength-hint-short = Usa una password più lunga, per esempio alcune parole scollegate.
strength-weak-warning = Questa password è debole. Puoi usarla, ma una più robusta protegge meglio le tue chiavi.

## Codice di recupero

recovery-title = Il tuo codice di recupero
recovery-intro = Annota o stampa questo codice e conservalo lontano da questo computer. SealDesk lo mostra solo ora.
recovery-code-label = Codice di recupero
recovery-confirm = Ho annotato il codice di recupero
recovery-enter-code = Codice di recupero
recovery-new-password = Nuova password
recovery-submit = Imposta la nuova password
recovery-back-to-unlock = Torna allo sblocco

## Sblocco

unlock-title = SealDesk è bloccato
unlock-greeting = Bentornato, { $name }.
unlock-password = Password dell'amministratore
unlock-submit = Sblocca
unlock-forgot = Password dimenticata?
unlock-locked-idle = SealDesk si è bloccato dopo { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
} di inattività.
forgot-title = Reimposta la password
forgot-intro = Inserisci il codice di recupero annotato durante la configurazione di SealDesk e scegli una nuova password.

## Impostazioni

settings-title = Impostazioni
settings-language = Lingua
settings-language-hint = L'interfaccia cambia subito. Date e numeri seguono la lingua.
settings-security = Sicurezza
settings-idle-lock = Blocca dopo questi minuti di inattività
settings-idle-lock-saved = Salvato. SealDesk si blocca dopo { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
} di inattività.
settings-backup = Backup
settings-backup-intro = Crea una copia coerente dei dati di SealDesk nella sua cartella dei backup mentre continui a lavorare.
settings-backup-start = Esegui backup ora
settings-backup-done = Backup salvato: { $path }
settings-about = Informazioni
settings-version = Versione
settings-data-dir = Cartella dei dati
settings-schema = Versione dello schema dei dati
settings-activity = Attività recenti
settings-activity-empty = Ancora nessuna attività registrata.
settings-activity-when = Quando
settings-activity-who = Chi
settings-activity-what = Cosa

progress-label = Avanzamento
progress-count = { $done } di { $total }
progress-cancelled = Annullato.

## Azioni nel registro attività

audit-admin-created = Amministratore creato
audit-admin-unlocked = Sbloccato
audit-admin-unlock-failed = Inserita una password errata
audit-admin-recovered = Password reimpostata con il codice di recupero
audit-admin-recovery-failed = Inserito un codice di recupero errato
audit-settings-changed = Impostazione modificata: { $key } = { $value }
audit-store-backed-up = Backup dei dati eseguito
audit-key-generated = Chiave generata: { $algorithm }, { $location }
audit-seal-created = Sigillo aziendale { $id } creato: { $organization }, { $years } anni
audit-seal-revoked = Sigillo aziendale { $id } revocato
audit-seal-crl-published = Pubblicata la lista di revoca n. { $number } del sigillo { $id }
audit-cert-issued = Certificato { $id } emesso dal sigillo { $seal } ({ $profile })
audit-cert-revoked = Certificato { $id } revocato ({ $reason })
audit-cert-imported = Certificati importati
audit-cert-state-changed = Il certificato { $id } ora è { $state }
audit-actor-administrator = Amministratore

## Problemi all'avvio

startup-error-title = SealDesk non riesce ad aprire i suoi dati
startup-error-intro = Non è stato modificato nulla. Dettagli:

## Errori (uno per ogni codice di errore stabile; il codice "a.b-c" è il messaggio "error-a-b-c")

error-store-in-use = I dati di SealDesk sono in uso da un'altra finestra o comando di SealDesk. Chiudili, oppure attendi un momento e riprova.
error-store-schema-too-new = Questi dati sono stati scritti da una versione più recente di SealDesk (versione { $found } del formato; questo programma conosce fino alla { $known }). Installa la versione più recente di SealDesk.
error-store-corrupt = Il file { $path } è danneggiato o non è un archivio di SealDesk. È stato lasciato com'era.
error-store-missing = In { $path } non ci sono ancora dati di SealDesk. Configura prima SealDesk.
error-store-no-data-dir = Per questo utente non è nota alcuna cartella dei dati delle applicazioni. Indica esplicitamente una cartella dei dati.
error-io = Impossibile usare { $path }: { $detail }
error-store-database = Problema imprevisto del database: { $detail }
error-admin-already-initialized = SealDesk è già configurato in questa cartella dei dati.
error-admin-not-initialized = SealDesk non è ancora configurato. Crea prima l'amministratore.
error-admin-password-too-short = La password deve avere almeno { $min } caratteri.
error-admin-name-required = Inserisci un nome.
error-admin-wrong-password = Password errata. Puoi riprovare tra { $seconds ->
    [one] { $seconds } secondo
   *[other] { $seconds } secondi
}.
error-admin-wrong-recovery-code = Il codice di recupero non è corretto. Puoi riprovare tra { $seconds ->
    [one] { $seconds } secondo
   *[other] { $seconds } secondi
}.
error-admin-throttled = Troppi tentativi errati. Attendi { $seconds ->
    [one] { $seconds } secondo
   *[other] { $seconds } secondi
} e riprova.
error-session-locked = SealDesk è bloccato. Sbloccalo con la password dell'amministratore.
error-settings-unsupported-language = La lingua «{ $tag }» non è disponibile.
error-settings-idle-lock-out-of-range = Scegli un valore tra { $min } e { $max } minuti.
error-key-unsupported-algorithm = Algoritmo di chiave sconosciuto «{ $name }». Usa ec-p256, ec-p384, rsa-2048, rsa-3072 o rsa-4096.
error-key-generation-failed = Impossibile generare una chiave { $algorithm }.
error-key-file-exists = { $path } esiste già ed è stato lasciato com'era. Scegli un altro nome di file.
error-key-password-required = Un file di chiave richiede una password.
error-key-wrong-password = La password non apre il file di chiave { $path }.
error-key-file-invalid = { $path } non è una chiave privata cifrata (PKCS#8).
error-key-unsupported-private-key = La chiave privata non è di un tipo usato da SealDesk (EC P-256, EC P-384, RSA 2048, 3072 o 4096).
error-key-signing-failed = Firma non riuscita: { $detail }
error-key-not-found = In SealDesk non c'è nessuna chiave numero { $id }.
error-key-secret-kind = { $location ->
    [token] La chiave { $id } è su un token: inserisci il suo PIN, non una password.
   *[other] La chiave { $id } è in un file: inserisci la sua password, non un PIN.
}
error-token-module-not-set = Non è stato scelto alcun driver del token (modulo PKCS#11). Scegli nelle Impostazioni la libreria fornita con il token.
error-token-module-load = Impossibile caricare il driver del token { $module }: { $detail }. Controlla il percorso e che sia adatto a questo computer (64 bit).
error-token-not-found = Nessun token con etichetta “{ $label }” è collegato. Inseriscilo o controlla l'etichetta.
error-token-wrong-pin = PIN errato. Attenzione: dopo alcuni tentativi errati il token si blocca.
error-token-pin-locked = Il PIN del token è bloccato dopo troppi tentativi errati. Sbloccalo con lo strumento del token e il PIN amministratore (SO PIN).
error-token-key-not-found = La chiave “{ $label }” non è sul token. È inserito il token giusto?
error-token-failure = Il token ha dato errore durante { $operation }: { $detail }
error-pkcs12-wrong-password = La password non apre questo file PKCS#12 (.p12/.pfx).
error-pkcs12-invalid = Questo non è un file PKCS#12 (.p12/.pfx) leggibile: { $detail }
error-cert-invalid = Questo non è un certificato leggibile: { $detail }
error-cert-nothing-to-import = { $path } non contiene alcun certificato.
error-cert-key-mismatch = La chiave privata non appartiene a questo certificato.
error-cert-not-found = In SealDesk non c'è nessun certificato numero { $id }.
error-cert-already-revoked = Il certificato { $id } è già revocato.
error-cert-not-issued-by-seal = Il certificato { $id } non è stato emesso da uno dei sigilli dell'azienda, quindi SealDesk non può revocarlo.
error-seal-not-found = Non esiste alcun sigillo aziendale numero { $id }.
error-seal-not-usable = Il sigillo aziendale { $id } non può emettere certificati: { $reason ->
    [expired] è scaduto. Crea un nuovo sigillo.
    [revoked] è stato revocato. Crea un nuovo sigillo.
    [superseded] è stato sostituito da un sigillo più recente. Usa il sigillo attuale.
    [not-yet-valid] non è ancora valido.
   *[other] { $reason }.
}
error-pki-field-required = Compila { $field }.
error-pki-field-too-long = { $field } può avere al massimo { $max } caratteri.
error-pki-invalid-country = “{ $value }” non è un codice paese di due lettere, come IT, PL, IL o UA.
error-pki-invalid-org-id = “{ $value }” non è un identificativo di organizzazione. Scrivi un tipo (VAT, NTR, PSD o LEI), il paese e il numero, ad esempio VATIT-00743110157 o NTRUA-14360570.
error-pki-invalid-email = “{ $value }” non è un indirizzo e-mail.
error-pki-validity-out-of-range = { $unit ->
    [years] Scegli una validità tra { $min } e { $max } anni.
   *[other] Scegli una validità tra { $min } e { $max } giorni.
}
error-pki-unknown-profile = Profilo di certificato sconosciuto “{ $name }”. Usa signing o portal-user.
error-pki-portal-user-fields = Un certificato utente del portale richiede il codice azienda e il login.
error-pki-generation-failed = Impossibile creare il certificato: { $detail }
error-pki-unknown-export-format = { $path }: termina il nome del file con .pem per PEM, oppure .cer, .der o .crt per DER.
error-io-file-exists = { $path } esiste già ed è stato lasciato com'è. Scegli un altro nome di file.
error-key-not-exportable = La chiave del certificato { $id } è su un token e non può uscirne. Un file PKCS#12 richiede una chiave conservata in un file.
error-cert-no-key = SealDesk non conserva la chiave privata del certificato { $id }.
error-cancelled = Annullato.
error-cli-usage = Uso errato del comando: { $detail }
error-cli-secret-file = Impossibile leggere il segreto da { $source }: { $detail }
error-unknown = Qualcosa è andato storto: { $detail }
