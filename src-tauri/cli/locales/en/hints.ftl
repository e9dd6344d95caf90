# What to type next after a failure the command line answers with one of its
# own options. Only the command line's texts name its flags.
hint-verify-signature-missing = give the signature file with --signature FILE
hint-pdf-header-not-at-start = or sign it as a separate .p7s file with --detached
hint-mail-plain-not-allowed = to send without encryption anyway, add --allow-plain
hint-mail-message-too-large = to send it anyway, add --allow-large
hint-renewal-forbidden-email = give each a new address with --set-email CERT_ID=ADDRESS
hint-auth-required = give the operator's password with --operator-password-file FILE or the variable SEALDESK_OPERATOR_PASSWORD_FILE
hint-store-no-data-dir = choose the data folder with --data-dir DIR (or SEALDESK_DATA_DIR)
hint-token-module-not-set = name the token's library with --module LIB
