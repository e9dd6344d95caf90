# Cosa digitare dopo un errore a cui la riga di comando risponde con una sua opzione.
hint-verify-signature-missing = indica il file della firma con --signature FILE
hint-pdf-header-not-at-start = oppure firmalo come file .p7s separato con --detached
hint-mail-plain-not-allowed = per inviare comunque senza cifratura, aggiungi --allow-plain
hint-mail-message-too-large = per inviarlo comunque, aggiungi --allow-large
hint-renewal-forbidden-email = assegna a ciascuno un nuovo indirizzo con --set-email CERT_ID=INDIRIZZO
hint-auth-required = indica la password dell'operatore con --operator-password-file FILE o con la variabile SEALDESK_OPERATOR_PASSWORD_FILE
hint-store-no-data-dir = scegli la cartella dei dati con --data-dir CARTELLA (o SEALDESK_DATA_DIR)
hint-token-module-not-set = indica la libreria del token con --module LIB
