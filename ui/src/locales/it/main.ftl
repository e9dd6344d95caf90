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
action-dismiss = No, torna indietro
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
nav-verify = Verifica
nav-documents = Documenti
nav-mail = Posta
nav-renewal = Rinnovi
nav-companies = Aziende
nav-portal = Utenti del portale
nav-settings = Impostazioni
shell-signed-in = Accesso come
shell-actor-administrator = { $name }, amministratore
shell-actor-operator = { $name } ({ $login })
shell-company = Azienda

## Aziende e operatori

companies-title = Aziende
companies-intro = Ogni azienda ha i propri sigilli, certificati, impostazioni di posta e cronologia. I suoi operatori vedono solo quell'azienda. Un'altra azienda si apre dalla barra laterale.
companies-intro-operator = Operi solo su questa azienda.
companies-col-code = Codice
companies-col-name = Nome
companies-col-country = Paese
companies-col-quota = Quota
companies-col-active = Certificati attivi
companies-col-actions = Azioni
companies-quota-none = nessun limite
companies-open = aperta ora
companies-add = Aggiungi azienda
companies-edit = Modifica
companies-edit-of = Modifica { $name }
company-dialog-add-title = Nuova azienda
company-dialog-edit-title = Azienda { $code }
company-name = Nome
company-code = Codice
company-code-hint = Da 1 a 32 lettere latine, cifre, «-» o «_». Il portale lo legge dai certificati, quindi non si può cambiare in seguito.
company-code-fixed = Il codice non si può cambiare: è scritto nei certificati dell'azienda.
company-country = Paese (due lettere)
company-business-id = Identificativo dell'azienda
company-business-id-hint = Facoltativo. Verificato con le regole del paese mentre lo scrivi.
company-business-id-valid = Valido. Nei certificati: { $value }
company-language = Lingua della posta e dei documenti
company-language-none = Non impostata
company-quota = Quota di certificati attivi
company-quota-hint = Lascia vuoto per nessun limite. Contano solo i certificati attivi.
company-cert-folder = Cartella per le copie dei certificati emessi
company-cert-folder-hint = Facoltativa. Qui va una copia di ogni file PKCS#12 emesso per questa azienda.
company-monthly-folders = Copie in una sottocartella per mese (AAAA-MM)
company-publication-url = Indirizzo di pubblicazione
company-publication-url-hint = Facoltativo. Dove si pubblicano il certificato del sigillo e l'elenco dei certificati revocati.
company-create = Aggiungi azienda
company-save = Salva
company-created = Azienda { $code } ({ $name }) aggiunta. Aprila dalla barra laterale per aggiungere i suoi operatori.
company-saved = Azienda { $code } ({ $name }) salvata.
validation-quota-number = Scrivi la quota come numero intero, oppure lascia vuoto per nessun limite.
operators-title = Operatori di { $company }
operators-intro = Un operatore accede con nome utente e password propri e opera solo su questa azienda. L'amministratore accede come «admin».
operators-none = Questa azienda non ha ancora operatori.
operators-col-login = Nome utente
operators-col-name = Nome
operators-col-state = Stato
operator-active = Attivo
operator-disabled = Disattivato
operators-add = Aggiungi operatore
operator-dialog-title = Nuovo operatore di { $company }
operator-login = Nome utente
operator-login-hint = Lettere, cifre, «.», «-», «_» o «@».
operator-name = Nome e cognome
operator-password = Password
operator-password-confirm = Ripeti la password
operator-add = Aggiungi operatore
operator-added = Operatore { $login } ({ $name }) aggiunto. Accede con questo nome utente e questa password.

portal-title = Utenti del portale dei fornitori
portal-intro = Le persone dei fornitori che ricevono un certificato per posta. La ricerca guarda login, nome, e-mail e codice del fornitore.
portal-search = Cerca
portal-without-certificate = Solo utenti senza un certificato valido
portal-none = Ancora nessun utente del portale. Aggiungi un fornitore e poi i suoi utenti, oppure importali da un file CSV.
portal-none-found = Nessun utente del portale corrisponde.
portal-col-contractor = Fornitore
portal-col-login = Login
portal-col-name = Nome
portal-col-email = E-mail
portal-col-lang = Lingua
portal-col-certificate = Certificato
portal-col-state = Stato
portal-col-actions = Azioni
portal-cert-none = Ancora nessuno
portal-cert-other = Non valido
portal-user-disabled = Disattivato
portal-user-add = Aggiungi utente
portal-user-add-title = Nuovo utente del portale
portal-user-edit-title = Utente del portale { $login }
portal-user-edit-of = Modifica { $login }
portal-user-save = Salva
portal-user-added = Utente del portale { $login } aggiunto.
portal-user-saved = Utente del portale { $login } salvato.
portal-user-disable = Disattiva
portal-user-enable = Attiva
portal-user-disabled-done = Utente del portale { $login } disattivato: non riceverà nuovi certificati.
portal-user-enabled-done = Utente del portale { $login } di nuovo attivo.
contractor-add = Aggiungi fornitore
contractor-dialog-title = Nuovo fornitore
contractor-code = Codice
contractor-name = Nome
contractor-business-id = Partita IVA (facoltativa)
contractor-email = E-mail (facoltativa)
contractor-added = Fornitore { $code } ({ $name }) aggiunto.
portal-import-title = Importa da un file CSV
portal-import-intro = La prima riga nomina le colonne: codice fornitore, nome fornitore, login, nome, e-mail, lingua. Un utente già presente viene aggiornato. Se una riga è errata non si importa nulla e ogni riga errata viene elencata.
portal-import-file = File CSV
portal-import = Importa CSV…
portal-import-done = Importati: { $created } nuovi, { $updated } aggiornati, { $unchanged } invariati.
portal-import-line = riga { $line }: { $problem }

## Procedura guidata

wizard-step-of = Passo { $current } di { $total }
wizard-steps-label = Avanzamento della procedura
wizard-summary = Controlla prima di concludere
wizard-working = Operazione in corso…
wizard-missing-title = Per proseguire:

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
validation-day-invalid = Questa non è una data. Scrivila come { $example }.
day-input-placeholder = GG/MM/AAAA

## Robustezza della password

password-show = Mostra password
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
unlock-login = Nome utente
unlock-password = Password
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
settings-backup-folder = Cartella per il backup
settings-backup-folder-hint = Per esempio una chiavetta USB o una cartella di rete. Se vuoto, il backup va nella cartella dei backup dentro la cartella dei dati.
settings-restore = Ripristina un backup
settings-restore-intro = Sostituisce tutto ciò che SealDesk contiene con un file di backup fatto in precedenza.
settings-restore-file = File di backup
settings-restore-file-required = Scegli il file di backup da ripristinare.
settings-restore-start = Ripristina…
settings-restore-confirm = Sostituire i dati attuali con il backup { $path }? I dati attuali vengono prima salvati nella cartella dei backup, quindi non si perde nulla. Poi SealDesk si blocca: sbloccalo con la password dell'amministratore contenuto nel backup.
settings-restore-yes = Ripristina il backup
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
audit-company-created = Azienda { $code } aggiunta: { $name }
audit-company-updated = Dati dell'azienda modificati: { $name }
audit-operator-added = Operatore { $login } aggiunto: { $name }
audit-operator-signed-in = Accesso eseguito
audit-operator-sign-in-failed = Inserita una password errata
audit-settings-changed = { $key ->
    [idle_lock_minutes] Blocco per inattività impostato a { $value } minuti
    [language] Lingua cambiata ({ $value })
    [pkcs11_module] Driver del token impostato: { $value }
    [first_steps_hidden] { $value ->
        [true] Guida «Primi passi» nascosta
       *[other] Guida «Primi passi» mostrata di nuovo
    }
   *[other] Un'impostazione è stata modificata
}
audit-store-backed-up = Backup dei dati eseguito
audit-store-restored = Dati ripristinati dal backup { $path }
audit-key-generated = Chiave generata: { $algorithm }, { $location }
audit-seal-created = Sigillo aziendale { $id } creato: { $organization }, { $years ->
        [one] { $years } anno
       *[other] { $years } anni
    }
audit-seal-revoked = Sigillo aziendale { $id } revocato
audit-seal-crl-published = Pubblicata la lista di revoca n. { $number } del sigillo { $id }
audit-cert-issued = Certificato { $id } emesso dal sigillo { $seal } ({ $profile })
audit-cert-revoked = Certificato { $id } revocato ({ $reason })
audit-cert-imported = Certificati importati
audit-cert-exported-with-key = Certificato { $id } esportato con la chiave privata (PKCS#12, { $profile })
audit-document-signed = Documento { $file } firmato con il certificato { $certificate }
audit-cert-state-changed = Il certificato { $id } ora è { $state }
audit-cert-trusted = Certificato { $id } segnato come attendibile
audit-cert-untrusted = Certificato { $id } non più attendibile
audit-identity-registered = Identità di firma { $id } registrata: { $signer_name }, { $business_name } ({ $identifier })
audit-identity-selected = Identità di firma { $id } scelta per firmare
audit-identity-certificate-attached = Certificato { $certificate } allegato all'identità di firma { $id }
audit-identity-removed = Identità di firma { $id } ({ $signer }) rimossa; chiave e certificato sono stati conservati
audit-renewal-planned = Rinnovo n. { $run } pianificato
audit-renewal-formed = Richiesta di rinnovo del certificato { $certificate } preparata
audit-renewal-sent = Richiesta di rinnovo del certificato { $certificate } inviata
audit-renewal-receipt = Ricevuta n. { $receipt } registrata per il rinnovo del certificato { $certificate }
audit-renewal-card = Modulo di adesione per il rinnovo del certificato { $certificate } firmato
audit-renewal-installed = Certificato rinnovato { $new_certificate } installato al posto del certificato { $certificate }
audit-renewal-cancelled = Rinnovo del certificato { $certificate } annullato
audit-renewal-notification = Comunicazione del rinnovo n. { $run } scritta ({ $certificates ->
        [one] un certificato
       *[other] { $certificates } certificati
    })
audit-renewal-price-set = Prezzo di rinnovo impostato per { $ca }, { $term_years ->
        [one] un anno
       *[other] { $term_years } anni
    }
audit-renewal-price-removed = Prezzo di rinnovo rimosso per { $ca }, { $term_years ->
        [one] un anno
       *[other] { $term_years } anni
    }
audit-contractor-added = Cliente { $code } aggiunto
audit-portal-user-added = Utente del portale { $login } di { $contractor } aggiunto
audit-portal-user-changed = Utente del portale { $id } modificato
audit-portal-user-disabled = Utente del portale { $id } disattivato
audit-portal-user-enabled = Utente del portale { $id } riattivato
audit-portal-user-imported = Utenti del portale importati: { $created } aggiunti, { $updated } modificati, { $unchanged } invariati
audit-portal-certificate-sent = Certificato del portale { $certificate } inviato all’utente del portale { $user }
audit-unknown = È stata registrata un'altra operazione
audit-actor-administrator = Amministratore

## Sigillo e certificati

pki-tab-seals = Sigillo aziendale
pki-tab-certificates = Certificati
pki-loading = Caricamento…
pki-saved-to = Salvato: { $path }
action-copy = Copia
copy-done = Copiato.
copy-failed = Impossibile copiare. Seleziona il testo e copialo a mano.
file-choose = Scegli…

## Indicatori di stato e scadenza

badge-current = Attuale
badge-valid = Valido
badge-expiring = In scadenza
badge-expired = Scaduto
badge-revoked = Revocato
badge-superseded = Sostituito
badge-not-yet-valid = Non ancora valido
badge-seal-superseded = Sostituito
badge-seal-expired = Scaduto
badge-seal-revoked = Revocato
badge-seal-not-yet-valid = Non ancora valido
badge-invalid = { $reason ->
    [seal-revoked] Non valido: sigillo revocato
    [seal-not-yet-valid] Non valido: sigillo non ancora valido
   *[seal-expired] Non valido: sigillo scaduto
}
days-left = { $days ->
    [0] scade oggi
    [one] manca { $days } giorno
   *[other] mancano { $days } giorni
}
days-ago = { $days ->
    [0] scaduto oggi
    [one] scaduto { $days } giorno fa
   *[other] scaduto { $days } giorni fa
}

## Storico dei sigilli

seal-title = Sigillo aziendale
seal-intro = Il sigillo è l’autorità di certificazione propria dell’azienda. Emette i certificati di firma e quelli per gli utenti del portale; quando scade o viene revocato, ogni certificato che ha emesso non è più valido.
seal-none = L’azienda non ha ancora un sigillo.
seal-new = Nuovo sigillo
seal-history = Storico dei sigilli
seal-col-organization = Organizzazione
seal-col-status = Stato
seal-col-valid-until = Valido fino al
seal-col-actions = Azioni
seal-export-pem = Esporta PEM
seal-export-der = Esporta DER
seal-export-title = Salva il certificato del sigillo
seal-revoke = Revoca
seal-revoke-confirm = Revocare il sigillo { $id } di { $organization }? Ogni certificato che ha emesso diventa subito non valido. L’operazione non si può annullare.
seal-revoke-yes = Revoca il sigillo
seal-revoked = Il sigillo { $id } è stato revocato. I certificati che ha emesso non sono più validi.
seal-created = Sigillo { $id } creato per { $organization }.
seal-expiring-warning = { $days ->
    [0] Il sigillo attuale scade oggi. Crea un nuovo sigillo: i certificati che ha emesso diventano non validi quando scade.
    [one] Il sigillo attuale scade tra { $days } giorno. Crea per tempo un nuovo sigillo: i certificati che ha emesso diventano non validi quando scade.
   *[other] Il sigillo attuale scade tra { $days } giorni. Crea per tempo un nuovo sigillo: i certificati che ha emesso diventano non validi quando scade.
}

## Procedura guidata per un nuovo sigillo

seal-wizard-title = Nuovo sigillo aziendale
seal-step-key = Chiave
seal-step-organization = Organizzazione
seal-step-validity = Validità
seal-step-summary = Riepilogo
seal-finish = Crea il sigillo
key-mode = Da dove viene la chiave
key-mode-new-file = Genera un nuovo file di chiave
key-mode-new = Genera una nuova chiave
key-mode-existing = Usa una chiave registrata in SealDesk
key-algorithm = Algoritmo della chiave
key-algorithm-ec-p256 = EC P-256 (consigliato)
key-algorithm-ec-p384 = EC P-384
key-algorithm-rsa-2048 = RSA 2048 (solo se la policy di una CA lo richiede)
key-algorithm-rsa-3072 = RSA 3072
key-algorithm-rsa-4096 = RSA 4096
key-algorithm-rsa-2048-note = RSA 2048 non è più adatto alle firme qualificate nell’UE. Sceglilo solo se la policy di un’autorità di certificazione lo richiede.
key-file = File della chiave
key-file-dialog-title = Dove salvare il nuovo file di chiave
key-file-hint = Sempre un file nuovo: un file esistente non viene mai sostituito. Conservane una copia in un luogo sicuro.
key-password = Password della chiave
key-password-confirm = Ripeti la password della chiave
key-password-hint = Cifra il file della chiave. SealDesk non la conserva: senza di essa la chiave non si può usare.
key-id = Numero della chiave
key-id-hint = Il numero di una chiave registrata in SealDesk, per esempio con “sealdesk key generate”.
key-location = Dove si trova la chiave
key-location-file = In un file di chiave (password)
key-location-token = Su un token (PIN)
key-secret-password = Password del file della chiave
token-pin = PIN del token “{ $label }”
token-pin-unknown = PIN del token
token-pin-hint = Il token si blocca dopo alcuni PIN errati: digitalo con attenzione.
seal-org-name = Nome dell’organizzazione
seal-org-id = Identificativo dell’organizzazione
seal-org-id-hint = Il numero nazionale (in Italia la partita IVA, ad esempio 00743110157) o la forma ETSI EN 319 412-1 (VATIT-00743110157). Viene controllato mentre scrivi.
seal-org-id-valid = Valido. Nel sigillo: { $value }
seal-country = Paese (due lettere)
seal-years = Per quanto tempo vale il sigillo
seal-years-option = { $years ->
    [one] { $years } anno
   *[other] { $years } anni
}
seal-years-hint = Di solito tre anni. Un certificato emesso dal sigillo non dura mai più del sigillo stesso.
seal-summary-key = Chiave
seal-summary-key-existing = Chiave registrata n. { $id }
seal-summary-organization = Organizzazione
seal-summary-note = Un nuovo sigillo sostituisce quello attuale, se c’è. I certificati emessi dal vecchio sigillo restano validi finché non scadono loro o il vecchio sigillo.

validation-key-path-required = Scegli dove salvare il file della chiave.
validation-key-password-required = Inserisci una password per il file della chiave.
validation-key-id-required = Inserisci il numero di una chiave registrata.
validation-secret-required = Inserisci la password o il PIN della chiave.
validation-org-name-required = Inserisci il nome dell’organizzazione.
validation-org-id-required = Inserisci l’identificativo dell’organizzazione, per esempio VATIT-00743110157.
validation-country-required = Inserisci il codice del paese di due lettere, per esempio IT.
validation-common-name-required = Inserisci il nome del titolare.
validation-portal-fields-required = Un certificato per utente del portale richiede il codice azienda e il login.
validation-days-range = Scegli una validità tra 1 e { $max } giorni.
validation-seal-secret-required = Inserisci la password o il PIN della chiave del sigillo.
validation-file-required = Scegli il file da scrivere.

## Elenco dei certificati

certs-title = Certificati
certs-search = Cerca per nome o emittente
certs-expiring = In scadenza entro (giorni)
certs-expiring-any = qualsiasi
certs-issue = Emetti certificato
certs-csr = Richiesta di certificato (CSR)
certs-empty = Nessun certificato corrisponde.
certs-col-subject = Titolare
certs-col-valid-until = Valido fino al
certs-col-status = Stato
certs-open = Dettagli
certs-page = Righe { $from }–{ $to }
certs-previous = Pagina precedente
certs-next = Pagina successiva
certs-issued = Certificato { $id } emesso: { $name }.
certs-issued-key = La nuova chiave è conservata cifrata in { $path }.
certs-no-seal = Non c’è un sigillo aziendale valido. Crea un nuovo sigillo per emettere certificati.

## Emissione

issue-title = Emetti un certificato
issue-seal = Emesso dal sigillo di { $organization } (n. { $id }).
issue-profile = Profilo
issue-profile-signing = Firma di documenti
issue-profile-portal-user = Utente del portale (accesso e protezione della posta)
issue-name = Nome del titolare
issue-email = E-mail
issue-country = Paese (due lettere)
issue-company-code = Codice azienda
issue-login = Login del portale
issue-days = Validità in giorni
issue-days-hint = Al massimo { $max } giorni, e mai oltre la scadenza del sigillo.
issue-key = Chiave del titolare
issue-seal-key = Chiave del sigillo
issue-seal-secret = Password del file della chiave del sigillo
issue-submit = Emetti

## Richiesta di certificato

csr-title = Richiesta di certificato per una CA
csr-intro = Crea una richiesta PKCS#10 firmata con una chiave registrata, da inviare a un’autorità di certificazione esterna.
csr-common-name = Nome (CN)
csr-organization = Organizzazione (O)
csr-serial-number = Numero identificativo della persona
csr-file = File della richiesta
csr-file-hint = Scritto in formato PEM; un file esistente non viene mai sostituito.
csr-dialog-title = Dove salvare la richiesta
csr-submit = Crea la richiesta
csr-done = Richiesta scritta in { $path }.

## Dettagli del certificato

detail-title = Certificato { $id }
detail-back = Torna all’elenco
detail-subject = Titolare
detail-certificate = Certificato
detail-issuer = Emittente
detail-serial = Numero di serie
detail-valid-from = Valido dal
detail-valid-until = Valido fino al
detail-sha256 = Impronta SHA-256
detail-sha1 = Impronta SHA-1
detail-key-usage = Utilizzo della chiave
detail-extended-key-usage = Utilizzo esteso della chiave
detail-emails = Indirizzi e-mail
detail-key = Chiave privata
detail-key-none = Non conservata da SealDesk
detail-key-token = Sul token «{ $token }», oggetto «{ $object }»
detail-chain = Catena
detail-pem = PEM
detail-revoke = Revoca…
detail-revoke-reason = Motivo
detail-revoke-confirm = Revocare il certificato { $id }? L’operazione non si può annullare.
detail-revoke-yes = Revoca il certificato
detail-revoked = Il certificato { $id } è stato revocato.
detail-trusted = Radice attendibile
detail-trusted-yes = Sì: le firme che risalgono a questo certificato sono valide
detail-trusted-no = No
detail-trust = Considera attendibile questa radice…
detail-trust-confirm = Considerare { $subject } una radice attendibile? Ogni firma che vi risale risulterà valida. Fallo solo se questa impronta SHA-256 è esattamente quella che l'autorità di certificazione ti ha comunicato per un altro canale: { $fingerprint }
detail-trust-yes = L'impronta corrisponde: consideralo attendibile
detail-trust-done = Il certificato { $id } è ora una radice attendibile.
detail-untrust = Non considerare più attendibile…
detail-untrust-confirm = Non considerare più attendibile { $subject }? Le firme che risalgono solo a questo certificato non risulteranno più valide.
detail-untrust-yes = Non considerarlo più attendibile
detail-untrust-done = Il certificato { $id } non è più attendibile.
revoke-reason-unspecified = Nessun motivo indicato
revoke-reason-key-compromise = La chiave è stata persa o rubata
revoke-reason-affiliation-changed = I dati del titolare sono cambiati
revoke-reason-superseded = Sostituito da un nuovo certificato
revoke-reason-cessation-of-operation = Il titolare se n’è andato o il servizio è terminato
attr-common-name = Nome (CN)
attr-organization = Organizzazione (O)
attr-organizational-unit = Unità o codice azienda (OU)
attr-country = Paese (C)
attr-locality = Località (L)
attr-state = Provincia o regione (ST)
attr-surname = Cognome (SN)
attr-given-name = Nome di battesimo
attr-title = Qualifica
attr-serial-number = Numero identificativo
attr-organization-identifier = Identificativo dell’organizzazione
attr-user-id = Login (UID)
attr-email = E-mail

## Problemi all'avvio

startup-error-title = SealDesk non riesce ad aprire i suoi dati
startup-error-intro = Non è stato modificato nulla. Dettagli:

## Errori (uno per ogni codice di errore stabile; il codice "a.b-c" è il messaggio "error-a-b-c")

error-store-in-use = I dati di SealDesk sono in uso da un'altra finestra o comando di SealDesk. Chiudili, oppure attendi un momento e riprova.
error-store-schema-too-new = Questi dati sono stati scritti da una versione più recente di SealDesk (versione { $found } del formato; questo programma conosce fino alla { $known }). Installa la versione più recente di SealDesk.
error-store-corrupt = Il file { $path } è danneggiato o non è un archivio di SealDesk. È stato lasciato com'era.
error-store-backup-invalid = Il file { $path } non è un backup leggibile di SealDesk. Non è stato ripristinato nulla e i dati sono rimasti invariati.
error-store-read-only = Per questo utente i dati di SealDesk sono di sola lettura: il loro file o la loro cartella non è scrivibile. Per modificare qualcosa chiedi il permesso di scrittura sulla cartella dei dati.
error-store-disk-full = Il disco che contiene i dati di SealDesk è pieno. Non è stato modificato nulla; libera un po' di spazio e riprova.
error-store-missing = In { $path } non ci sono ancora dati di SealDesk. Configura prima SealDesk.
error-store-no-data-dir = Per questo utente non è nota alcuna cartella dei dati delle applicazioni. Indica esplicitamente una cartella dei dati.
error-io = Impossibile leggere o scrivere { $path }. Controlla che il disco sia collegato e riprova.
error-io-disk-full = Il disco è pieno: non è stato possibile scrivere { $path }. Non è rimasto nessun file scritto a metà; libera un po' di spazio e riprova.
error-io-not-found = { $path } non esiste. Controlla il nome e la cartella.
error-io-permission-denied = Non hai il permesso di usare { $path }. Scegli un altro posto o chiedi a chi gestisce questo computer.
error-io-read-only = { $path } si trova su un disco di sola lettura. Scegli un altro posto.
error-io-not-a-folder = { $path } non è una cartella. Indica una cartella.
error-io-not-text = { $path } non è un file di testo. Scegli il file giusto.
error-secrets-locked = L'archivio password del sistema ({ $store }) non ha risposto in tempo: probabilmente è bloccato. Sbloccalo e riprova.
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
error-auth-required = Serve la password dell'operatore { $login }.
error-auth-wrong-password = Nome utente o password errati. Puoi riprovare tra { $seconds ->
    [one] { $seconds } secondo
   *[other] { $seconds } secondi
}.
error-auth-throttled = Troppi tentativi errati. Attendi { $seconds ->
    [one] { $seconds } secondo
   *[other] { $seconds } secondi
} e riprova.
error-auth-operator-disabled = L'operatore { $login } è disattivato e non può accedere.
error-auth-administrator-only = Solo l'amministratore può farlo.
error-company-not-found = Non esiste l'azienda { $code }.
error-company-code-taken = Un'altra azienda ha già il codice { $code }. Scegli un altro codice.
error-company-invalid-code = «{ $code }» non può essere un codice di azienda: usa da 1 a 32 lettere latine, cifre, «-» o «_».
error-company-name-required = Scrivi il nome dell'azienda.
error-company-quota-below-active = La quota { $quota } è inferiore ai { $active } certificati già attivi. Scegli almeno { $active }, oppure lascia vuoto.
error-operator-login-taken = Il nome utente { $login } è già in uso. Scegline un altro.
error-operator-invalid-login = «{ $login }» non può essere un nome utente: usa da 1 a 64 lettere, cifre, «.», «-», «_» o «@».
error-session-locked = SealDesk è bloccato. Accedi di nuovo.
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
error-pkcs12-password-unsupported = Una password PKCS#12 non può contenere emoji o altri caratteri rari (fuori dal piano multilingue di base di Unicode). Scegli un'altra password.
error-pkcs12-password-required = Un file PKCS#12 (.p12/.pfx) richiede una password: indicane una non vuota.
error-csr-invalid = Questa non è una richiesta di certificato (PKCS#10) utilizzabile: { $detail }
error-cert-invalid = Questo non è un certificato leggibile: { $detail }
error-cert-nothing-to-import = { $path } non contiene alcun certificato.
error-cert-key-mismatch = La chiave privata non appartiene a questo certificato.
error-cert-not-found = In SealDesk non c'è nessun certificato numero { $id }.
error-cert-already-revoked = Il certificato { $id } è già revocato.
error-cert-not-issued-by-seal = Il certificato { $id } non è stato emesso da uno dei sigilli dell'azienda, quindi SealDesk non può revocarlo.
error-cert-fingerprint-mismatch = L'impronta indicata non è l'impronta SHA-256 del certificato { $id }. Confrontala di nuovo con quella fornita dall'autorità di certificazione; nulla è stato considerato attendibile.
error-cert-trust-not-ca = Il certificato { $id } non è un certificato di un'autorità di certificazione, quindi non può essere considerato radice attendibile.
error-cert-seal-always-trusted = Il certificato { $id } è un sigillo dell'azienda: resta attendibile finché esiste.
error-cert-signature-invalid = La firma del certificato { $subject } non è valida: il certificato è stato alterato o danneggiato. Non è stato importato nulla.
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
error-pki-field-invalid-character = { $field } contiene un carattere di controllo o di inversione della direzione del testo, che potrebbe far apparire il nome come un altro.
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
error-io-not-a-regular-file = { $path } non è un file normale (è una cartella, un dispositivo o una pipe). Indica un file.
error-io-file-too-large = { $path } supera { $limit } byte, più di quanto possa essere un file di questo tipo. Controlla che sia il file giusto.
error-io-missing = { $path } non c'è: è stato spostato, rinominato o eliminato, oppure il nome è sbagliato.
error-io-unreadable = { $path } esiste ma non si può aprire in lettura. Controlla di avere il permesso di aprirlo o chiedi a chi gestisce questo computer.
error-key-not-exportable = La chiave del certificato { $id } è su un token e non può uscirne. Un file PKCS#12 richiede una chiave conservata in un file.
error-cert-no-key = SealDesk non conserva la chiave privata del certificato { $id }.
error-cancelled = Annullato.
error-id-invalid-format = { $value } non è un numero { $kind } di { $country }: lunghezza o caratteri errati. Controllalo sul documento di registrazione.
error-id-invalid-checksum = { $value } non è un numero { $kind } valido di { $country }: il carattere di controllo non corrisponde, di solito per un errore di battitura. Controlla ogni cifra.
error-id-unknown-kind = SealDesk non conosce un identificativo { $kind } per { $country }.
error-id-not-an-organization = { $value } è un { $kind } di una persona fisica ({ $country }), non l’identificativo di un’organizzazione. Inserisci il numero dell’organizzazione stessa.

# Signing identities
error-identity-not-found = Non esiste l'identità di firma { $id }.
error-identity-password-too-short = La password di firma deve avere almeno { $min } caratteri.
error-identity-awaiting-certificate = L'identità di firma { $id } non ha ancora un certificato. Allega il certificato che la CA ha inviato in risposta alla richiesta.
error-identity-certificate-not-valid = L'identità di firma { $id } non può firmare: il suo certificato { $status ->
    [expired] è scaduto
    [not-yet-valid] non è ancora valido
    [revoked] è stato revocato
   *[issuer-invalid] non è valido perché il sigillo che l'ha emesso è scaduto o è stato revocato
}. Scegli un'altra identità o rinnova il certificato.
error-identity-certificate-mismatch = Il file non contiene un certificato per la chiave dell'identità di firma { $id }: risponde a un'altra richiesta.

error-sign-certificate-not-usable = Il certificato { $id } non può firmare: { $status ->
    [expired] è scaduto
    [not-yet-valid] non è ancora valido
    [revoked] è stato revocato
   *[issuer-invalid] non è valido perché il sigillo che l'ha emesso è scaduto o revocato
}. Scegli un altro certificato o rinnova questo.
error-cli-usage = Uso errato del comando: { $detail }
error-cli-secret-file = Impossibile leggere il segreto da { $source }: { $detail }
error-cli-secret-file-open = { $path } può essere letto da altri utenti di questo computer, quindi il segreto che contiene non è privato. Rendilo leggibile solo da te (chmod 600 { $path }).
error-general-worker-failed = L'operazione si è interrotta inaspettatamente: { $detail }
error-unknown = Si è verificato un problema imprevisto. Riprova; se si ripete, riavvia SealDesk.
error-desktop-no-file-manager = Impossibile aprire la cartella: nessun gestore di file ha risposto. Il file è { $path }.

# Importing and exporting certificate files
certs-import = Importa…
import-title = Importa certificati
import-intro = Un certificato o una catena in PEM o DER (.pem, .crt, .cer, .der), oppure un file PKCS#12 (.p12, .pfx) con la sua chiave privata.
import-file = File da importare
import-dialog-title = Scegli un file di certificato da importare
import-password = Password del file PKCS#12
import-password-hint = Una chiave privata presente nel file viene conservata in SealDesk, cifrata con questa stessa password.
import-submit = Importa
import-done = { $count ->
    [one] Importato un certificato.
   *[other] Importati { $count } certificati.
}
import-nothing-new = { $count ->
    [one] Il certificato di questo file è già in SealDesk; non è stato aggiunto nulla di nuovo.
   *[other] Tutti i { $count } certificati di questo file sono già in SealDesk; non è stato aggiunto nulla di nuovo.
}
import-key-added = I certificati erano già in SealDesk; è stata aggiunta la loro chiave privata.
import-col-issuer = Emittente
import-with-key = con la sua chiave privata
file-filter-certificate-files = Certificati e PKCS#12
file-filter-certificates = Certificati (PEM, DER)
file-filter-pkcs12 = PKCS#12 (certificato con la chiave)
file-filter-pem = Certificato PEM
file-filter-der = Certificato DER
validation-import-file-required = Scegli il file da importare.
validation-import-password-required = Inserisci la password del file PKCS#12.
detail-export = Esporta…
export-title = Esporta il certificato { $id }
export-format = Cosa esportare
export-format-pem = Solo il certificato, in PEM (.pem)
export-format-der = Solo il certificato, in DER (.cer), che Windows apre
export-format-pkcs12 = Il certificato con la chiave privata e la catena, in PKCS#12 (.p12)
export-token-note = La chiave privata è su un token e non può uscirne, quindi si può esportare solo il certificato.
export-file = File
export-dialog-title = Salva il certificato come
export-key-password = Password del file della chiave privata
export-submit = Esporta
export-done = Salvato in { $path }.
validation-export-key-password-required = Inserisci la password del file della chiave privata.
validation-pkcs12-password-required = Inserisci una password per il file PKCS#12.
p12-password = Password per il file PKCS#12
p12-password-confirm = Ripeti la password del PKCS#12
p12-password-hint = Chi apre il file ha bisogno di questa password. Inviala per un canale diverso da quello del file.
p12-legacy = Compatibile con Windows datati (3DES/SHA-1, più debole)
p12-legacy-warning = Protezione più debole: sceglila solo per un dispositivo che rifiuta quella predefinita, come Windows Server 2016 o precedenti.
issue-p12 = Salva anche come PKCS#12 (.p12) con la chiave e la catena
issue-p12-file = File PKCS#12
issue-p12-dialog-title = Salva il file PKCS#12 come
issue-p12-token-note = Una chiave su un token non può uscirne, quindi non si può creare un file PKCS#12 con essa.
certs-issued-p12 = Il file PKCS#12 è stato scritto in { $path }.

## Documents: signing
docs-sign-title = Firma dei documenti
docs-sign-intro = I PDF vengono firmati all'interno del file (PAdES); ogni altro file riceve accanto un file di firma separato (.p7s). Gli originali non vengono mai modificati.
docs-no-certificate = Non c'è ancora un certificato con cui firmare. Emettine uno con il sigillo aziendale, oppure importane uno con la sua chiave, in Sigillo e certificati.
docs-drop-hint = Trascina qui i file, oppure sceglili.
docs-pick = Scegli i file…
docs-pick-title = File da firmare
docs-path = Oppure scrivi il percorso completo di un file
docs-add = Aggiungi
docs-remove = Togli { $name } dall'elenco
docs-remove-short = Togli
docs-file-left-out = Questo file non verrà firmato.
docs-sign-with = Firma con
docs-valid-until = valido fino al { $date }
docs-active-identity = identità attiva
docs-key-password = Password della chiave di firma
docs-sign = { $count ->
    [one] Firma 1 file
   *[other] Firma { $count } file
}
docs-stop = Fermati dopo questo file
docs-progress = Firma in corso
docs-summary = Firmati: { $signed }. Non riusciti: { $failed }. Non firmati per l'interruzione: { $stopped }.
docs-col-file = File
docs-col-result = Esito
docs-show = Mostra nella cartella
docs-format-pades = PDF firmato (PAdES)
docs-checked-valid = verificato: valido
docs-checked-valid-with-warnings = verificato: valido, con un'osservazione
docs-checked-invalid = verificato: NON valido
docs-checked-unsigned = verificato: nessuna firma
docs-format-cades = File di firma (.p7s)
# Signing identities (screen and wizard)
first-steps-title = Primi passi
first-steps-intro = Configura SealDesk in quest'ordine. Ogni passo viene segnato appena è fatto.
first-steps-hide = Nascondi la guida
first-steps-done = Fatto
first-steps-todo = Da fare
first-steps-authority = Il sigillo aziendale, o la tua CA esterna
first-steps-authority-hint = Il sigillo (o un'autorità di certificazione esterna a SealDesk) garantisce i certificati di firma, perciò viene per primo.
first-steps-identity = Un'identità di firma
first-steps-identity-hint = La tua azienda e la persona che firma per essa, con una chiave e un certificato.
first-steps-mail = Il server di posta
first-steps-mail-hint = Il server di posta in uscita che invia i documenti firmati e gli avvisi.
first-steps-sign = Firma un documento
first-steps-sign-hint = Firma un PDF o qualsiasi altro file con l'identità attiva.
first-steps-go-authority = Crea il sigillo
first-steps-go-outside-ca = Importa un certificato di CA
first-steps-go-identity = Registra un'identità
first-steps-go-mail = Configura la posta
first-steps-go-sign = Firma un documento
first-steps-next-authority = Passo successivo: crea il sigillo aziendale o importa il certificato della tua CA esterna.
first-steps-next-identity = Passo successivo: registra l'identità che firma i tuoi documenti.
first-steps-next-mail = Passo successivo: configura il server di posta che invia i tuoi documenti firmati.
first-steps-next-sign = Passo successivo: firma il tuo primo documento.

identities-title = Identità di firma
identities-intro = Ogni identità è la tua impresa e la persona che firma per essa, con una chiave e un certificato. I documenti li firma esattamente un'identità: quella attiva.
identities-none = Non c'è ancora un'identità di firma. Registrane una per firmare i documenti.
identities-none-active = Nessuna identità è scelta per firmare. Scegline una con un certificato valido.
identity-new = Registra identità
identity-col-signer = Firmatario e impresa
identity-col-status = Stato
identity-col-valid-until = Valido fino al
identity-col-signing = Firma
identity-col-actions = Azioni
identity-active = Attiva
identity-select = Scegli per firmare
identity-selected = Ora { $signer } firma i tuoi documenti.
identity-details = Dettagli del certificato
identity-remove = Rimuovi
identity-remove-confirm = Rimuovere l'identità di firma { $signer } ({ $business })? La sua chiave e il suo certificato restano in SealDesk; viene rimossa solo l'identità.
identity-remove-confirm-active = Rimuovere l'identità di firma { $signer } ({ $business })? È quella che ora firma i tuoi documenti: dopo, nessuna identità firmerà finché non ne selezioni un'altra. La sua chiave e il suo certificato restano in SealDesk.
identity-remove-yes = Rimuovi l'identità
identity-removed = L'identità { $signer } è stata rimossa. La sua chiave e il suo certificato sono conservati.
identity-removed-active = L'identità { $signer } è stata rimossa; chiave e certificato sono conservati. Seleziona un'altra identità per firmare i documenti.
identity-attach = Allega il certificato della CA
identity-attach-file = File del certificato della CA
identity-attach-dialog-title = Apri il certificato inviato dalla CA
identity-attach-hint = Il certificato (PEM o DER), con la catena se la CA l'ha inviata. Deve corrispondere alla richiesta di questa identità.
identity-attach-submit = Allega
identity-attached = Il certificato di { $signer } è stato allegato.
identity-attached-selected = Il certificato di { $signer } è stato allegato e ora l'identità firma i tuoi documenti.
identity-created-selected = Il certificato di { $signer } è stato creato e scelto per firmare.
identity-created-not-selected = L'identità di { $signer } è stata creata ma non scelta: { $reason ->
    [awaiting-certificate] invia la richiesta all'autorità di certificazione, poi allega il certificato che restituisce.
    [certificate-not-valid] il suo certificato ora non è valido.
   *[not-requested] sceglila quando vuoi che firmi.
}
badge-awaiting-certificate = In attesa del certificato
validation-attach-file-required = Scegli il file del certificato inviato dalla CA.
identity-wizard-title = Registra un'identità di firma
identity-finish = Registra
identity-step-business = Identificativo dell'impresa
identity-step-names = Impresa e firmatario
identity-step-secret = Password di firma e chiave
identity-step-certificate = Certificato
identity-step-summary = Riepilogo
identity-country = Paese dell'impresa
identity-country-other = Un altro paese
identity-country-code = Codice del paese di due lettere
identity-kind = Tipo di identificativo
identity-business-id = Identificativo dell'impresa
identity-business-id-valid = Valido. Nel certificato: { $value }
identity-business-name = Ragione sociale
identity-signer-name = Nome del firmatario
identity-signer-name-hint = L'impresa, il titolare o una persona autorizzata a firmare per essa.
identity-email = E-mail mostrata nella firma
identity-email-hint = Solo informativa: compare nel certificato.
identity-key-target = Dove si conserva la chiave
identity-key-file = In un file di chiave protetto dalla password di firma
identity-key-token = Su un token (smart card o token USB)
identity-password = Password di firma
identity-password-hint = Almeno { $min } caratteri; le cifre sono ammesse. La digiti ogni volta che firmi.
identity-password-confirm = Ripeti la password di firma
identity-token-label = Etichetta del token
identity-token-hint = Il token si raggiunge con il modulo PKCS#11 scelto nelle impostazioni. Il suo PIN diventa il tuo segreto di firma.
identity-token-pin = PIN del token
identity-source = Certificato
identity-source-seal = Emesso ora dal sigillo dell'impresa
identity-source-csr = Richiesto a un'autorità di certificazione (CSR)
identity-no-seal = Non c'è un sigillo dell'impresa valido: creane uno in «Sigillo e certificati» oppure richiedi il certificato a un'autorità di certificazione.
identity-seal = Sigillo dell'impresa
identity-seal-password = Password della chiave del sigillo
identity-days = Validità in giorni
identity-csr-file = Salva la richiesta come
identity-csr-dialog-title = Salva la richiesta di certificato come
identity-csr-hint = Invia questo file all'autorità di certificazione; allega il certificato che restituisce nell'elenco delle identità.
identity-select-new = Scegli questa identità per firmare
identity-csr-summary-note = L'identità attende il certificato finché non lo alleghi; prima non può firmare.
validation-business-id-required = Inserisci l'identificativo dell'impresa.
validation-business-id-checking = L'identificativo è ancora in verifica; un momento.
validation-business-name-required = Inserisci la ragione sociale.
validation-signer-name-required = Inserisci il nome del firmatario.
validation-email-required = Inserisci un indirizzo e-mail come nome@example.com.
validation-token-label-required = Inserisci l'etichetta del token.
validation-pin-required = Inserisci il PIN del token.
validation-seal-required = Scegli il sigillo dell'impresa.
country-il = Israele
country-pl = Polonia
country-it = Italia
country-ua = Ucraina
country-ru = Russia
id-kind-il-company = numero di società o di operatore autorizzato
id-kind-pl-nip = numero fiscale
id-kind-pl-regon = numero statistico
id-kind-it-partita-iva = numero di partita IVA
id-kind-it-codice-fiscale = codice fiscale personale
id-kind-ua-edrpou = codice di registro di una persona giuridica
id-kind-ua-rnokpp = numero fiscale personale
id-kind-ru-inn = numero del contribuente
id-kind-other = identificativo

## Verify screen
verify-title = Verifica un documento firmato
verify-intro = Scegli un PDF firmato, oppure qualsiasi file accanto al quale si trova la sua firma (.p7s). SealDesk controlla che nulla sia cambiato dalla firma, chi ha firmato e quando, e se il certificato del firmatario risale a un sigillo o a un'autorità di cui ti fidi.
verify-file = Documento firmato
verify-signature-file = File di firma separato (facoltativo)
verify-signature-hint = Lascia vuoto quando la firma è dentro il PDF o è il file .p7s con lo stesso nome accanto al documento.
verify-run = Verifica
verify-verdict-valid = La firma è valida.
verify-verdict-valid-with-warnings = La firma è valida, con un'osservazione qui sotto.
verify-verdict-invalid = La firma NON è valida. Non considerare firmato questo documento.
verify-verdict-unsigned = Questo documento non ha firme. Non è stato firmato, oppure la firma è stata rimossa.
verify-format-pades = { $name }: firme all'interno del PDF
verify-format-cades = { $name }: file di firma separato (.p7s)
verify-signature-n = Firma { $n }
verify-signer = Firmato da
verify-signer-unknown = sconosciuto (manca il certificato del firmatario)
verify-signed-at = Firmato il
verify-signed-at-unknown = non indicato
verify-coverage = Copre
verify-covers-whole-file = l'intero file così com'è ora
verify-covers-signed-version = il file così come è stato firmato; in seguito vi sono state aggiunte modifiche
verify-covers-part = solo una parte del file
verify-trust-anchor = Attendibile tramite
verify-trust-anchor-none = nessun certificato attendibile (il sigillo aziendale o una radice che hai scelto di considerare attendibile)
verify-signature-fine = Nessun problema con questa firma.
# PDF signing (PAdES)
error-pdf-encrypted = { $path } è un PDF cifrato. Rimuovi la password (salva una copia non protetta) prima di firmarlo.
error-pdf-no-changes-allowed = { $path } è certificato con «nessuna modifica consentita»; un’altra firma invaliderebbe la certificazione.
error-pdf-unreadable = Impossibile leggere { $path } come PDF: { $reason }
error-pdf-header-not-at-start = { $path } si apre nei lettori PDF ma non inizia con la sua intestazione %PDF-, quindi non può essere firmato al suo interno in modo sicuro. Aprilo in un lettore PDF e salvalo di nuovo, oppure firmalo con un file .p7s separato.
error-pdf-detached-output-named-pdf = { $path } termina con .pdf, ma una firma separata non è un PDF. Scegli un nome che termini con .p7s.
error-pdf-signed-output-not-named-pdf = { $path } non termina con .pdf, ma un PDF firmato è un PDF. Scegli un nome che termini con .pdf.
error-sign-output-name-invalid = «{ $name }» non è un nome di file. Indica un nome senza cartelle; il file viene salvato accanto al documento.
error-sign-not-this-signed-copy = { $path } non è questo documento firmato con questo certificato, quindi non è stato inviato.
## Verifying signatures
error-verify-signature-missing = Il file di firma { $path } non esiste. Indica il file di firma.
error-verify-not-cms = { $path } non è un file di firma (.p7s) oppure è danneggiato.
error-verify-not-valid = Le firme di { $path } non sono valide.
verify-problem-digest-mismatch = Il documento è stato modificato dopo la firma.
verify-problem-signature-invalid = La firma non è valida: non corrisponde alla chiave del firmatario.
verify-problem-signer-certificate-missing = Il certificato del firmatario non è né nella firma né in SealDesk, quindi la firma non può essere verificata.
verify-problem-untrusted-chain = Il certificato del firmatario non è stato emesso dal sigillo aziendale né da un’autorità di certificazione di cui ti fidi.
verify-problem-signer-expired = Il certificato del firmatario era scaduto.
verify-problem-signer-not-yet-valid = Il certificato del firmatario non era ancora valido.
verify-problem-signer-revoked = Il certificato del firmatario è stato revocato.
verify-problem-seal-invalid = Il sigillo o l’autorità di certificazione che ha emesso il certificato del firmatario è revocato o scaduto.
verify-problem-content-added-after = Dopo l’ultima firma è stato aggiunto qualcosa al documento.
verify-problem-no-signing-certificate-attribute = La firma non indica il proprio certificato nei dati firmati (il contenuto in sé è integro).
verify-problem-signing-certificate-mismatch = La firma indica un certificato diverso da quello con cui è stata apposta.
verify-problem-weak-algorithm = La firma usa un algoritmo obsoleto (SHA-1) che non è più sicuro.
verify-problem-unsupported-algorithm = La firma usa un algoritmo che SealDesk non sa verificare.
verify-problem-byte-range-invalid = La descrizione della parte firmata del PDF è errata o danneggiata.
verify-problem-unsupported-signature-type = SealDesk non verifica questo tipo di firma PDF (ad esempio una marca temporale del documento).
verify-problem-no-signature = Il documento non ha alcuna firma.
verify-problem-modified-after-signing = Dopo questa firma il documento è stato modificato oltre quanto consentito (più della sola aggiunta di firme).
verify-problem-key-usage-not-for-signing = Il certificato del firmatario non è destinato alla firma di documenti (l’uso della chiave non comprende il non ripudio), ad esempio un certificato di accesso al portale.
verify-modification = { $change ->
    [deleted] Eliminato
   *[changed] Modificato
}: { $role ->
    [catalog] il catalogo del documento
    [page-tree] l’albero delle pagine
    [page] pagina { $page }
    [page-content] il contenuto della pagina { $page }
    [form] il modulo
    [form-field] un campo del modulo
    [annotation] un’annotazione
    [signature] un dizionario di firma
    [font] un carattere
   *[object] un altro oggetto
} (oggetto { $object })

## Mail: outgoing server settings, credential store, connection test
audit-smtp-saved = Server di posta in uscita salvato: { $host } porta { $port } ({ $security })
error-mail-header-injection = Il campo { $field } deve stare su una sola riga.
error-mail-header-control = Il campo { $field } contiene un carattere di controllo (ad esempio tabulazione, escape o campanello). Rimuovilo.
error-mail-attachment-name-bidi = Il nome dell'allegato { $name } contiene un carattere che cambia la direzione del testo, quindi apparirebbe in un ordine diverso da quello reale. Rinomina il file.
error-mail-invalid-address = { $value } nel campo { $field } non è un indirizzo e-mail valido.
error-mail-invalid-host = { $host } non è un nome di server valido.
error-mail-invalid-port = La porta deve essere compresa tra 1 e 65535.
error-mail-plain-not-allowed = Una connessione non cifrata invia la password in chiaro. Scegli TLS o STARTTLS, oppure conferma esplicitamente la connessione non cifrata.
error-mail-unknown-security = Sicurezza { $value } sconosciuta; usa tls, starttls o none.
error-mail-unknown-auth = Metodo di accesso { $value } sconosciuto; usa plain, login, xoauth2 o none.
error-mail-password-required = Per l'accesso servono sia il nome utente sia una password o un token.
error-mail-not-configured = Nessun server di posta in uscita è ancora configurato.
error-mail-credential-store-unavailable = Non è possibile usare l'archivio password del sistema ({ $detail }). Sbloccalo o avvialo, poi riprova.
error-mail-credential-missing = L'archivio password del sistema non ha una password per { $account }. Inserisci di nuovo la password.
error-mail-ca-file-invalid = { $path } non è un certificato CA in formato PEM.
error-mail-bcc-not-allowed = { $provider } rifiuta i messaggi con destinatari in Ccn; togli l'indirizzo in Ccn.
error-mail-test-failed = La prova di connessione non è riuscita al passo { $step }.
# Mail outbox
error-mail-no-recipients = Il messaggio non ha destinatari. Indica almeno un indirizzo A, Cc o Ccn.
error-mail-message-too-large = Il messaggio sarebbe di circa { $size } byte, più dei { $limit } byte accettati da molti server di posta. Invia allegati più piccoli o conferma che vuoi inviarlo comunque.
error-mail-compose-failed = Non è stato possibile comporre il messaggio: { $detail }
error-mail-outbox-not-found = Nella posta in uscita non c'è il messaggio { $id }.
error-mail-spool-invalid = Il messaggio in coda { $path } non è un normale file della cartella della posta in uscita (un collegamento o un file sostituito), quindi non è stato inviato. Annullalo e scrivilo di nuovo.
error-mail-outbox-wrong-state = Il messaggio { $id } è nello stato { $state }; ora non si può fare.
error-mail-outcome-unknown = L'invio si è interrotto mentre il server riceveva il messaggio, quindi potrebbe essere arrivato. Verifica con il destinatario, poi invialo di nuovo o annullalo.
error-mail-server-unreachable = { $reason ->
    [connection-refused] Il server di posta ha rifiutato la connessione: su questa porta non risponde nessuno. Controlla la porta e l’impostazione di sicurezza.
    [host-not-found] Il nome del server di posta non è stato trovato. Controlla il nome del server e che il computer sia in linea.
    [timed-out] Il server di posta non ha risposto in tempo. Controlla che il computer sia in linea e che nessun firewall blocchi la porta.
    [network-unreachable] La rete del server di posta non è raggiungibile. Controlla che il computer sia in linea.
    [connection-reset] Il server di posta ha chiuso la connessione.
    [tls] La connessione sicura al server di posta non è riuscita. Controlla l’impostazione di sicurezza.
    [no-starttls] Il server di posta non offre una connessione sicura (STARTTLS) su questa porta. Controlla la porta e l’impostazione di sicurezza.
   *[other] Il server di posta non è raggiungibile.
}
error-mail-auth-refused = Il server di posta ha rifiutato l'accesso ({ $reply }). Controlla nome utente e password nelle impostazioni di posta.
error-mail-deferred = Il server di posta ha chiesto di riprovare più tardi ({ $reply }).
error-mail-rejected = Il server di posta ha rifiutato il messaggio ({ $reply }). Controlla gli indirizzi e gli allegati.
error-mail-connection-lost = { $reason ->
    [connection-refused] Il server di posta ha rifiutato la connessione: su questa porta non risponde nessuno. Controlla la porta e l’impostazione di sicurezza.
    [host-not-found] Il nome del server di posta non è stato trovato. Controlla il nome del server e che il computer sia in linea.
    [timed-out] Il server di posta non ha risposto in tempo. Controlla che il computer sia in linea e che nessun firewall blocchi la porta.
    [network-unreachable] La rete del server di posta non è raggiungibile. Controlla che il computer sia in linea.
    [connection-reset] Il server di posta ha chiuso la connessione.
    [tls] La connessione sicura al server di posta non è riuscita. Controlla l’impostazione di sicurezza.
    [no-starttls] Il server di posta non offre una connessione sicura (STARTTLS) su questa porta. Controlla la porta e l’impostazione di sicurezza.
   *[other] La connessione al server di posta si è interrotta.
}
# Mail templates
error-mail-template-unknown-placeholder = Segnaposto sconosciuto { "{" }{ $name }{ "}" } { $part ->
        [subject] nell’oggetto
        [html] nella versione HTML
       *[text] nel testo del messaggio
    }. Usa recipient, company, sender, document, certificate, valid_until, login o cert_password.
error-mail-template-unbalanced-brace = Una parentesi graffa senza la sua coppia { $part ->
        [subject] nell’oggetto
        [html] nella versione HTML
       *[text] nel testo del messaggio
    }. Per una graffa letterale scrivi { "{" }{ "{" } o { "}" }{ "}" }.
error-mail-template-value-missing = Nessun valore indicato per il segnaposto { "{" }{ $name }{ "}" }.
error-mail-template-multiline-value = Il valore di { "{" }{ $name }{ "}" } va nell'oggetto e deve stare su una sola riga.
error-mail-template-unknown-kind = Modello sconosciuto { $kind }. Usa signed-document, portal-certificate, portal-password o renewal-request.
error-mail-template-password-required = Il modello portal-password deve contenere { "{" }cert_password{ "}" }.
error-mail-template-password-forbidden = Il modello { $kind } non deve contenere { "{" }cert_password{ "}" }: la password viaggia in un messaggio a parte.
error-mail-template-password-in-subject = { "{" }cert_password{ "}" } può stare solo nel testo del messaggio con la password del portale, non nell'oggetto: gli oggetti si vedono negli elenchi e nelle notifiche.
error-mail-template-empty = { $part ->
    [subject] L’oggetto di un modello non può essere vuoto.
    [html] La versione HTML di un modello non può essere vuota.
   *[text] Il testo di un modello non può essere vuoto.
}
error-smtp-dns = Il nome del server non è stato trovato. Controlla che sia scritto bene e che il computer sia connesso a Internet.
error-smtp-connect = Il server non risponde su questa porta. Controlla porta e sicurezza (465 con TLS, 587 con STARTTLS) e che nessun firewall la blocchi.
error-smtp-tls-untrusted = Il certificato del server non è rilasciato da un'autorità attendibile. Se il reparto IT usa una propria CA, aggiungi il file del suo certificato; altrimenti non usare questo server.
error-smtp-tls-hostname = Il certificato del server è per un altro nome. Usa il nome esatto del server indicato dal fornitore (non un alias né un indirizzo IP).
error-smtp-tls-no-starttls = Il server non offre STARTTLS. Scegli TLS sulla porta 465 o chiedi al fornitore le impostazioni corrette.
error-smtp-tls = Non è stato possibile stabilire la connessione sicura. Controlla porta e sicurezza (465 con TLS, 587 con STARTTLS).
error-smtp-auth = Il server ha rifiutato nome utente o password. Controllali entrambi; alcuni fornitori vogliono l'indirizzo completo come nome utente.
error-smtp-auth-app-password = Il fornitore richiede una password per le app: attiva la verifica in due passaggi nelle impostazioni di sicurezza dell'account, crea una password per le app e inseriscila qui.
error-smtp-auth-disabled = L'accesso con password (SMTP AUTH) è disattivato per questo account. Chiedi all'amministratore di abilitarlo, oppure usa OAuth2.
error-smtp-auth-oauth = Il fornitore ha rifiutato il token di accesso OAuth2; potrebbe essere scaduto o non avere il permesso per la posta. Accedi di nuovo presso il fornitore.
error-smtp-sender = Il server ha rifiutato l'indirizzo del mittente. Usa l'indirizzo dell'account con cui accedi, o uno da cui il fornitore consente di inviare.
error-smtp-done = La connessione funziona: il server ha accettato l'accesso e l'indirizzo del mittente.
# Batch renewal.
error-renewal-invalid-phone = { $value } non è un numero di telefono: usa cifre, un + iniziale facoltativo, spazi o trattini, da 9 a 15 cifre.
error-renewal-forbidden-email = L'e-mail di questi certificati è in un dominio vietato; indica un nuovo indirizzo per ciascuno: { $certificates }.
error-renewal-not-renewable = Il certificato { $id } non può essere rinnovato ({ $reason }).
error-renewal-start-after-expiry = Il nuovo certificato per { $id } non può iniziare il { $date }, dopo la scadenza del vecchio.
error-renewal-no-certificates = Scegli almeno un certificato da rinnovare.
error-renewal-run-not-found = Non esiste il rinnovo { $id }.
error-renewal-no-match = Il certificato in { $path } non risponde a nessuna richiesta di rinnovo.
error-renewal-wrong-state = Il rinnovo del certificato { $id } è alla fase «{ $state }»; questo passo ora non è possibile.
error-renewal-delivery-unsupported = { $method } non è un modo di inviare le richieste. Usa export:CARTELLA o mail:INDIRIZZO.
error-renewal-run-busy = Il rinnovo { $id } è in esecuzione in un'altra finestra o comando di SealDesk; attendi che finisca.
# Documenti del rinnovo.
error-document-font = Il carattere dei documenti non è utilizzabile ({ $reason }); reinstalla SealDesk.
error-renewal-nothing-installed = Nessun nuovo certificato del rinnovo { $id } è ancora installato; importa prima i certificati emessi.
error-renewal-not-a-receipt = { $path } non è una ricevuta della richiesta di rinnovo del certificato { $id }: non indica quella richiesta.
error-renewal-receipt-duplicate = { $path } è già stato importato come ricevuta { $number }.
error-renewal-notification-format = { $value } non è un formato di comunicazione: usa pdf o csv.
renewal-file-card = Scheda di adesione
renewal-file-receipt1 = Ricevuta 1
renewal-file-receipt2 = Ricevuta 2
renewal-card = Scheda di adesione
renewal-card-hint = La scheda di adesione al contratto sul trattamento dei dati dell'autorità di certificazione è firmata con il certificato attuale di { $name }, che deve essere ancora valido.
renewal-card-secret-kind = La chiave attuale è protetta da
renewal-document-lang = Lingua del documento
renewal-card-sign = Firma la scheda di adesione
renewal-card-written = Scheda di adesione firmata e salvata come { $file }.
renewal-receipt-file = Importa file di ricevuta
renewal-receipt-file-title = Ricevuta dell'autorità di certificazione
renewal-receipt-file-filter = Ricevute
renewal-receipt-file-imported = Ricevuta importata; ora la richiesta è: { $state }.
renewal-notification = Comunicazione all'Agenzia delle Entrate
renewal-notification-hint = Elenca i nuovi certificati installati con amministratore, codice fiscale, numero di serie, validità ed emittente.
renewal-notification-format = Formato
renewal-notification-export = Esporta comunicazione…
renewal-notification-title = Salva la comunicazione
renewal-notification-written = Comunicazione di { $count } certificati salvata come { $file }.

# Renewal screens.
renewal-tab-due = Da rinnovare
renewal-tab-history = Storico delle esecuzioni
renewal-tab-prices = Prezzi
renewal-within = In scadenza entro (giorni)
renewal-issuer = Emittente
renewal-issuer-all = Tutti gli emittenti
renewal-search = Cerca
renewal-count = Mostrati: { $shown } di { $total }. Scelti: { $selected }.
renewal-none = Nessun certificato con chiave scade entro { $days } giorni.
renewal-col-choose = Scegli
renewal-col-holder = Titolare
renewal-col-issuer = Emittente
renewal-col-email = E-mail
renewal-col-expires = Scade
renewal-col-start = Inizio del nuovo certificato
renewal-col-state = Stato
renewal-col-files = File
renewal-col-actions = Azioni
renewal-actions-of = Azioni per { $name }
renewal-col-run = Esecuzione
renewal-col-date = Data
renewal-col-items = Voci
renewal-choose-one = Scegli { $name }
renewal-select-all = Scegli tutti quelli mostrati
renewal-in-run = nell'esecuzione { $id }
renewal-days-left = giorni rimasti: { $days }
renewal-days-ago = scaduto { $days } giorni fa
renewal-renew-selected = Rinnova i selezionati ({ $count })
renewal-no-runs = Ancora nessuna esecuzione di rinnovo.
renewal-open = Apri
renewal-wizard-title = Rinnovo di certificati: { $count }
renewal-step-details = Dettagli
renewal-step-secrets = Password e consegna
renewal-contact = Persona di contatto
renewal-phone = Telefono di contatto
renewal-expires = scade il { $date }
renewal-email-forbidden = La CA rifiuta gli indirizzi di questo dominio: indicane un altro.
renewal-start-all = Una data di inizio per tutti (facoltativa)
renewal-start-hint = Di norma ogni nuovo certificato inizia 3 giorni prima della scadenza del vecchio; mai dopo.
renewal-term = Durata
renewal-term-years = { $years ->
        [one] { $years } anno
       *[other] { $years } anni
    }
renewal-algorithm = Algoritmo della chiave
renewal-algorithm-same = Come la vecchia chiave
renewal-destination = Dove vanno le nuove chiavi
renewal-dest-folder = File di chiave in una cartella
renewal-dest-token = Un token
renewal-key-dir = Cartella per nuove chiavi e richieste
renewal-choose = Scegli…
renewal-new-password = Password dei nuovi file di chiave
renewal-new-password2 = Ripeti la password
renewal-password-mismatch = Le due password sono diverse.
renewal-token-label = Etichetta del token
renewal-token-pin = PIN del token
renewal-back = Indietro
renewal-missing-contact = indica la persona di contatto
renewal-missing-phone = inserisci un numero di telefono valido
renewal-missing-phrase = scrivi due volte la stessa frase
renewal-missing-items = correggi gli indirizzi e-mail e le date di inizio segnalati
renewal-missing-key-dir = scegli la cartella per le nuove chiavi
renewal-missing-password = scrivi due volte uguale la password delle nuove chiavi
renewal-missing-token = indica il token e il suo PIN
renewal-missing-delivery = scegli la cartella di esportazione o inserisci l'indirizzo della CA
renewal-missing-old = inserisci le password o i PIN delle vecchie chiavi
renewal-old-intro = I vecchi certificati firmano le richieste: indica le loro password o PIN.
renewal-old-shared = Una password per tutte le vecchie chiavi
renewal-old-secret = Password o PIN delle vecchie chiavi
renewal-old-secret-of = Password o PIN di { $name }
renewal-old-pin-of = PIN di { $name }
renewal-export-dir = Cartella per le buste delle richieste
renewal-deliver = Come arrivano le richieste alla CA
renewal-deliver-export = Salvale in una cartella (da caricare o inviare da te)
renewal-deliver-mail = Inviale alla CA per e-mail tramite la posta in uscita
renewal-ca-address = Indirizzo della CA per le richieste di rinnovo
renewal-ca-language = Lingua della lettera
renewal-deliver-mail-hint = Ogni richiesta entra una sola volta nella posta in uscita con il modello «richiesta di rinnovo»; la posta in uscita la invia e riprova quando il server non è raggiungibile.
renewal-deliver-mail-to = Le richieste vengono inviate per e-mail a { $address }.
renewal-file-mailed = Inviata per e-mail a
renewal-mail-state-queued = in attesa nella posta in uscita
renewal-mail-state-sending = invio in corso
renewal-mail-state-sent = inviata
renewal-mail-state-failed = non inviata: vedi la posta in uscita
renewal-mail-state-cancelled = annullata nella posta in uscita
renewal-export-hint = Carica le buste da questa cartella sul sito della CA o inviale a mano.
renewal-start = Avvia
renewal-run-title = Esecuzione di rinnovo { $id }
renewal-run-summary = Pianificata il { $date } · contatto { $contact }, { $phone } · { $years ->
        [one] { $years } anno
       *[other] { $years } anni
    }
renewal-progress = Preparazione delle richieste
renewal-stop = Fermati dopo questo certificato
renewal-file-key = Nuova chiave
renewal-file-envelope = Busta
renewal-file-sent = Esportata in
renewal-show = Mostra nella cartella
renewal-receipt1 = Ricevuta 1 arrivata
renewal-receipt2 = Ricevuta finale arrivata
renewal-retry = Riprova i falliti ({ $count })
renewal-retry-title = Riprova i certificati falliti
renewal-new-secret = Password dei nuovi file di chiave (o PIN del token)
renewal-cancel-retry = Annulla
renewal-import = Importa i certificati emessi
renewal-import-hint = File della CA con i nuovi certificati (PEM o DER); ognuno viene abbinato alla sua richiesta.
renewal-import-path = Percorso di un file di certificato
renewal-import-go = Importa
renewal-import-title = Certificati emessi
renewal-import-filter = Certificati
renewal-imported = Certificati installati: { $count }.
renewal-state-planned = pianificato
renewal-state-formed = preparato
renewal-state-sent = inviato
renewal-state-exported = esportato
renewal-state-mailed = inviato per e-mail
renewal-state-receipt1 = ricevuta 1
renewal-state-receipt2 = ricevuta finale
renewal-state-issued = emesso
renewal-state-installed = installato
renewal-state-failed = fallito
renewal-state-cancelled = annullato
renewal-col-price = Prezzo
renewal-no-price = nessun prezzo impostato
renewal-total = Totale: { $amount }
renewal-unpriced = Senza prezzo: { $count }
renewal-prices-title = Listino dei rinnovi
renewal-prices-hint = Quanto chiede ogni CA per rinnovare un certificato; la procedura guidata somma un'esecuzione con questi prezzi. Indica la CA come i suoi certificati ne chiamano l'emittente.
renewal-prices-none = Ancora nessun prezzo.
renewal-price-set-title = Imposta un prezzo
renewal-price-ca = CA (emittente dei certificati)
renewal-price-amount = Importo
renewal-price-currency = Valuta
renewal-price-currency-hint = Tre lettere, come UAH, PLN, EUR o ILS.
renewal-price-save = Salva il prezzo
renewal-price-saved = Prezzo salvato: { $ca }, { $term }, { $amount }.
renewal-price-remove = Rimuovi
renewal-price-remove-of = Rimuovi il prezzo di { $ca } per { $term }
renewal-price-removed = Prezzo rimosso: { $ca }, { $term }.
renewal-phrase = Frase per il blocco telefonico (facoltativa)
renewal-phrase2 = Ripeti la frase
renewal-phrase-hint = Conservata solo nell'archivio credenziali del sistema; non viene più mostrata se non lo chiedi.
renewal-phrase-mismatch = Le due frasi sono diverse.
renewal-phrase-stored = La frase per il blocco telefonico è nell'archivio credenziali del sistema.
renewal-cancel-rest = Annulla il resto
renewal-cancel-item = Annulla
renewal-phrase-show = Mostra la frase per il blocco telefonico
renewal-phrase-hide = Nascondi la frase
# Batch renewal: price list, phrase, cancelling.
error-renewal-amount-required = Scrivi l'importo, come 1234,50.
error-renewal-price-ca-required = Indica la CA a cui si riferisce il prezzo.
error-renewal-invalid-amount = { $value } non è un importo: scrivilo come 1234.50.
error-renewal-invalid-currency = { $value } non è un codice valuta: usa tre lettere come UAH, PLN, EUR, ILS.
error-renewal-price-not-found = Non c'è un prezzo per { $ca } per { $term_years } anni.
error-renewal-phrase-missing = La frase per il blocco telefonico del rinnovo { $id } non è nell'archivio delle credenziali.
error-renewal-item-not-found = Il certificato { $id } non fa parte del rinnovo { $run }.
error-portal-contractor-not-found = In questa azienda non c'è il cliente { $code }.
error-portal-contractor-code-taken = Questa azienda ha già un cliente con il codice { $code }.
error-portal-user-not-found = In questa azienda non c'è l'utente del portale { $id }.
error-portal-missing = Manca { $field ->
        [code] il codice
        [login] il login
        [email] l'indirizzo e-mail
       *[other] il nome
    }.
error-portal-invalid-email = { $value } non è un indirizzo e-mail.
error-portal-unknown-language = { $value } non è una lingua in cui SealDesk scrive (en, pl, he, it, ru, uk).
error-portal-duplicate-login = Il cliente { $contractor } ha già il login { $login }.
error-portal-bad-header = La prima riga deve essere l'intestazione { $expected }.
error-portal-wrong-field-count = La riga ha { $found } campi invece di { $expected }.
error-portal-import-refused = Righe errate nel file: { $count }; non è stato importato nulla.
error-portal-not-csv = Il file non è testo CSV in UTF-8.
error-portal-interrupted = L’esecuzione è stata interrotta dopo l’invio del certificato dell’utente del portale { $id }, quindi la sua password è andata persa. Invia a questo utente un nuovo certificato.
error-quota-reached = Raggiunto il numero massimo di certificati attivi: { $active } attivi, quota { $quota }, { $wanted } richiesti in più. Non è stato emesso nulla.
warning-renewal-start-close-to-expiry = Il nuovo certificato per { $id } inizia il { $date }, meno di 2 giorni prima della scadenza del vecchio ({ $expiry }); l'agenzia delle entrate potrebbe non essere avvisata in tempo.
# Posta: impostazioni del server in uscita e prova della connessione.
mail-settings-title = Server della posta in uscita
mail-not-configured = Nessun server di posta in uscita è ancora configurato. Configuralo per inviare documenti firmati via e-mail.
mail-set-up = Configura
mail-change = Modifica
mail-saved = Il server di posta in uscita è stato salvato.
mail-wizard-title = Posta in uscita
mail-save = Salva
mail-step-sender-title = Mittente e server
mail-step-login-title = Accesso
mail-step-test-title = Prova e salva
mail-from-address = Indirizzo del mittente
mail-from-name = Nome del mittente
mail-provider-detected = Impostazioni di { $name } trovate per questo indirizzo:
mail-provider-unknown = Questo provider non è nella tabella: inserisci le impostazioni del suo server.
mail-server-source = Server
mail-use-detected = Usa queste impostazioni
mail-manual = Inserisci il server a mano
mail-host = Server
mail-port = Porta
mail-security = Sicurezza
mail-security-tls = TLS (cifrato dall’inizio)
mail-security-starttls = STARTTLS (cifratura obbligatoria)
mail-security-none = Nessuna (non cifrato)
mail-auth = Metodo di accesso
mail-auth-plain = Nome utente e password (standard)
mail-auth-login = Nome utente e password (metodo più vecchio)
mail-auth-xoauth2 = Token OAuth2
mail-auth-none = Nessun accesso
mail-plain-warning = Senza cifratura la password e ogni messaggio viaggiano in chiaro: chiunque sulla rete può leggerli. Usalo solo per un relay nella tua rete.
mail-plain-confirm = Ho capito e voglio una connessione non cifrata
mail-user = Nome utente
mail-password = Password
mail-token = Token OAuth2
mail-password-hint = Conservata solo nell’archivio password del sistema, mai nei file di SealDesk.
mail-password-saved-keep = Per questo accesso è salvata una password; lascia il campo vuoto per mantenerla.
mail-password-saved = Salvata nell’archivio password del sistema
mail-password-missing = Non trovata nell’archivio password del sistema: inseriscila di nuovo
mail-no-login = Questo server non richiede accesso.
mail-bcc-self = Inviami una copia nascosta di ogni messaggio
mail-eml-dir = Cartella per le copie dei messaggi inviati (.eml)
mail-eml-dir-hint = Facoltativo: ogni messaggio inviato viene salvato anche lì.
mail-ca-file = Certificato CA aggiuntivo per questo server (PEM)
mail-ca-file-hint = Solo se il tuo reparto IT gestisce una propria autorità di certificazione.
mail-test-hint = La prova si connette, accede e propone l’indirizzo del mittente senza inviare nulla.
mail-test-detail = Dettagli tecnici (per l’assistenza)
mail-test-failed-warning = La prova non è riuscita: con queste impostazioni SealDesk probabilmente non può inviare posta. Correggile e riprova, oppure salvale comunque se ora il server non è raggiungibile da qui.
mail-save-failed-confirm = Salva queste impostazioni anche se la prova non è riuscita
mail-test = Prova la connessione
mail-testing = Prova in corso…
mail-step-dns = Passo: ricerca del server
mail-step-connect = Passo: connessione
mail-step-tls = Passo: connessione sicura
mail-step-auth = Passo: accesso
mail-step-sender = Passo: indirizzo del mittente
mail-step-done = Tutti i passi superati
validation-mail-host-required = Inserisci il nome del server o scegli le impostazioni trovate.
validation-mail-plain-confirm = Conferma la connessione non cifrata oppure scegli TLS o STARTTLS.
validation-mail-test-failed-confirm = La prova di connessione non è riuscita. Correggi le impostazioni e riprova, oppure conferma che vuoi salvarle comunque.
validation-mail-user-required = Inserisci il nome utente.
validation-mail-password-required = Inserisci la password.
mail-note-app-password = Serve una password per le app: attiva la verifica in due passaggi, poi creala nelle impostazioni di sicurezza dell’account.
mail-note-oauth-only = Accetta solo l’accesso OAuth2; una password normale viene rifiutata.
mail-note-tenant-may-disable-smtp-auth = L’amministratore dell’organizzazione potrebbe aver disattivato l’accesso SMTP (il server risponde 535 5.7.139).
mail-note-enable-mail-programs = Prima attiva l’accesso per i programmi di posta nelle impostazioni della webmail.
mail-note-login-local-part = Il nome di accesso è la parte dell’indirizzo prima della @.
mail-note-login-user-id = Il nome di accesso è l’ID utente dato dal provider, non l’indirizzo.
mail-note-bridge-only = Proton Mail invia solo tramite Proton Mail Bridge in esecuzione su questo computer (piani a pagamento); usa server, porta e password mostrati da Bridge.
mail-note-pec-bcc-refused = Posta certificata (PEC): i messaggi con destinatari in Ccn vengono rifiutati; le ricevute PEC sono la prova dell’invio.
mail-note-pec-mail-program-password = Con l’accesso in due passaggi serve una password separata per i programmi di posta; scade ogni 3 mesi.
mail-note-rate-limited = Il provider limita il numero di messaggi inviabili al minuto.
mail-note-no-automated-sending = Il contratto vieta l’invio automatico senza un’azione diretta dell’utente.
mail-note-isp-relay-only = Vecchio relay del provider Internet: funziona solo dalla sua rete, senza cifratura. Non si conoscono impostazioni ufficiali attuali; chiedi al provider.
mail-note-server-is-domain = Il nome del server è l’host di posta del tuo dominio, come mostrato nel pannello dell’hosting.

## Mail templates, outbox and sending a document by e-mail
tpl-title = Modelli dei messaggi
tpl-intro = Il testo dei messaggi che SealDesk invia, per tipo e lingua. I segnaposto tra parentesi graffe vengono compilati per ogni messaggio.
tpl-kind = Messaggio
tpl-kind-signed-document = Documento firmato
tpl-kind-portal-certificate = File del certificato per il portale
tpl-kind-portal-password = Password del certificato per il portale
tpl-kind-renewal-request = Richiesta di rinnovo
tpl-language = Lingua
tpl-customized = È in uso il tuo testo.
tpl-default = È in uso il testo predefinito.
tpl-placeholders = Segnaposto (fai clic per inserirli al cursore)
tpl-insert = Inserisci { $name }
tpl-subject = Oggetto
tpl-text = Testo
tpl-html = HTML (facoltativo)
tpl-html-hint = Lascia vuoto per ricavare l'HTML dal testo.
tpl-preview = Anteprima
tpl-preview-title = Anteprima con valori di esempio
tpl-save = Salva il modello
tpl-reset = Ripristina il predefinito
tpl-saved = Il modello è salvato.
tpl-reset-done = È tornato il testo predefinito.
outbox-title = Posta in uscita
outbox-refresh = Aggiorna
outbox-send-now = Invia ora
outbox-sending = Invio in corso…
outbox-empty = La posta in uscita è vuota.
outbox-col-to = Destinatari
outbox-col-subject = Oggetto
outbox-col-state = Stato
outbox-col-attempts = Tentativi
outbox-col-next = Prossimo tentativo / inviato
outbox-col-actions = Azioni
outbox-state-queued = In attesa
outbox-state-sending = In invio
outbox-state-sent = Inviato
outbox-state-failed = Non riuscito
outbox-state-cancelled = Annullato
outbox-retry = Riprova
outbox-cancel = Annulla
outbox-cancel-confirm = Annullare l’invio di «{ $subject }»? Il messaggio non sarà inviato e non potrà essere rimesso in coda.
outbox-cancel-yes = Annulla l’invio
outbox-send-now-due = { $count ->
    [one] Invio di { $count } messaggio in corso.
   *[other] Invio di { $count } messaggi in corso.
}
outbox-send-now-none-due = Ora non c’è nulla da inviare. Il prossimo messaggio partirà il { $at }.
outbox-send-now-nothing = Nessun messaggio in attesa di invio.
send-title = Invia { $name } per e-mail
send-intro = Il file viene firmato con { $signer } e messo nella posta in uscita.
send-to = Indirizzo e-mail del destinatario
send-to-hint = Più indirizzi si separano con virgole o punti e virgola.
send-name = Nome del destinatario
send-language = Lingua del messaggio
send-smime = Firma anche il messaggio stesso (S/MIME)
send-large-warning = Questo file produce un messaggio più grande di quanto molti server di posta accettano; il destinatario potrebbe non riceverlo.
send-large-confirm = Invia comunque
send-submit = Firma e invia
send-busy = Firma in corso…
validation-send-to-required = Inserisci l'indirizzo e-mail del destinatario.
validation-send-name-required = Inserisci il nome del destinatario.
docs-send = Invia per e-mail
docs-sent = { $name } è firmato e attende nella posta in uscita.
docs-open-outbox = Apri la posta in uscita
send-intro-signed = Il documento firmato con { $signer } viene messo nella posta in uscita; la chiave serve di nuovo solo per firmare il messaggio stesso.
send-submit-signed = Invia
send-existing-legend = Cosa inviare
send-existing-this = { $name } esiste già: è questo documento, firmato con { $signer }.
send-existing-reuse = Invia quella copia firmata così com'è
send-existing-again = Firma di nuovo in un nuovo file
send-existing-other = { $name } esiste già, ma non è questo documento firmato con { $signer }. Resta com'è; la nuova copia firmata avrà un altro nome.
send-output-name = Nome del file della nuova copia firmata
send-output-name-hint = Viene salvata nella stessa cartella del documento.
audit-mail-queued = Messaggio { $id } messo in coda
audit-mail-sent = Messaggio { $id } inviato
audit-mail-retry = Messaggio { $id } rimesso in invio
audit-mail-cancelled = Messaggio { $id } annullato
audit-mail-deferred = Messaggio { $id } non ancora inviato (tentativo { $attempts })
audit-mail-failed = Invio del messaggio { $id } non riuscito (tentativo { $attempts })
audit-mail-outcome-unknown = Messaggio { $id }: l'invio è stato interrotto
audit-mail-template-saved = Modello { $kind } ({ $language }) salvato
audit-mail-template-reset = Modello { $kind } ({ $language }) riportato al predefinito
