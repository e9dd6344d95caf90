# Co wpisać dalej po błędzie, na który wiersz poleceń ma własną opcję.
hint-verify-signature-missing = wskaż plik podpisu opcją --signature PLIK
hint-pdf-header-not-at-start = albo podpisz go jako osobny plik .p7s opcją --detached
hint-mail-plain-not-allowed = aby mimo to wysłać bez szyfrowania, dodaj --allow-plain
hint-mail-message-too-large = aby mimo to wysłać, dodaj --allow-large
hint-renewal-forbidden-email = podaj każdemu nowy adres opcją --set-email CERT_ID=ADRES
hint-auth-required = podaj hasło operatora opcją --operator-password-file PLIK lub zmienną SEALDESK_OPERATOR_PASSWORD_FILE
hint-store-no-data-dir = wybierz folder danych opcją --data-dir KATALOG (lub SEALDESK_DATA_DIR)
hint-token-module-not-set = wskaż bibliotekę tokena opcją --module BIBLIOTEKA
