# Interfejs SealDesk, język polski.

app-name = SealDesk
app-tagline = Certyfikaty do podpisu, pieczęć firmowa i podpisana poczta na jednym stanowisku

## Języki (każdy zapisany we własnym języku)

language-en = English
language-pl = Polski
language-he = עברית
language-it = Italiano
language-ru = Русский
language-uk = Українська

## Wspólne działania

action-back = Wstecz
action-next = Dalej
action-cancel = Anuluj
action-dismiss = Nie, wróć
action-continue = Kontynuuj
action-close = Zamknij
action-retry = Spróbuj ponownie
action-lock = Zablokuj
action-print = Drukuj
action-save = Zapisz

## Nawigacja

nav-label = Menu główne
nav-identities = Tożsamości
nav-seal = Pieczęć i certyfikaty
nav-verify = Weryfikacja
nav-documents = Dokumenty
nav-mail = Poczta
nav-renewal = Odnowienia
nav-companies = Firmy
nav-portal = Użytkownicy portalu
nav-settings = Ustawienia
shell-signed-in = Zalogowano
shell-actor-administrator = { $name }, administrator
shell-actor-operator = { $name } ({ $login })
shell-company = Firma

## Firmy i operatorzy

companies-title = Firmy
companies-intro = Każda firma ma własne pieczęcie, certyfikaty, ustawienia poczty i historię. Jej operatorzy widzą tylko tę firmę. Inną firmę otworzysz na pasku bocznym.
companies-intro-operator = Działasz tylko w tej firmie.
companies-col-code = Kod
companies-col-name = Nazwa
companies-col-country = Kraj
companies-col-quota = Limit
companies-col-active = Aktywne certyfikaty
companies-col-actions = Działania
companies-quota-none = bez limitu
companies-open = otwarta teraz
companies-add = Dodaj firmę
companies-edit = Edytuj
companies-edit-of = Edytuj { $name }
company-dialog-add-title = Nowa firma
company-dialog-edit-title = Firma { $code }
company-name = Nazwa
company-code = Kod
company-code-hint = Od 1 do 32 liter łacińskich, cyfr, „-” lub „_”. Portal odczytuje go z certyfikatów, więc później nie można go zmienić.
company-code-fixed = Kodu nie można zmienić: noszą go certyfikaty firmy.
company-country = Kraj (dwie litery)
company-business-id = Identyfikator firmy
company-business-id-hint = Opcjonalny. Sprawdzany według reguł kraju już podczas wpisywania.
company-business-id-valid = Poprawny. W certyfikatach: { $value }
company-language = Język poczty i dokumentów firmy
company-language-none = Nie ustawiono
company-quota = Limit aktywnych certyfikatów
company-quota-hint = Pozostaw puste, aby nie ograniczać. Liczą się tylko aktywne certyfikaty.
company-cert-folder = Folder na kopie wydanych certyfikatów
company-cert-folder-hint = Opcjonalny. Trafia tu kopia każdego pliku PKCS#12 wydanego dla tej firmy.
company-monthly-folders = Kopie w podfolderze dla każdego miesiąca (RRRR-MM)
company-publication-url = Adres publikacji
company-publication-url-hint = Opcjonalny. Pod nim publikowany jest certyfikat pieczęci i lista odwołanych certyfikatów.
company-create = Dodaj firmę
company-save = Zapisz
company-created = Dodano firmę { $code } ({ $name }). Otwórz ją na pasku bocznym, aby dodać jej operatorów.
company-saved = Zapisano firmę { $code } ({ $name }).
validation-quota-number = Wpisz limit jako liczbę całkowitą albo pozostaw puste pole, aby nie ograniczać.
operators-title = Operatorzy firmy { $company }
operators-intro = Operator loguje się własnym loginem i hasłem i działa tylko w tej firmie. Administrator loguje się jako „admin”.
operators-none = Ta firma nie ma jeszcze operatorów.
operators-col-login = Login
operators-col-name = Imię i nazwisko
operators-col-state = Stan
operator-active = Aktywny
operator-disabled = Wyłączony
operators-add = Dodaj operatora
operator-dialog-title = Nowy operator firmy { $company }
operator-login = Login
operator-login-hint = Litery, cyfry, „.”, „-”, „_” lub „@”.
operator-name = Imię i nazwisko
operator-password = Hasło
operator-password-confirm = Powtórz hasło
operator-add = Dodaj operatora
operator-added = Dodano operatora { $login } ({ $name }). Loguje się tym loginem i hasłem.

portal-title = Użytkownicy portalu kontrahentów
portal-intro = Osoby kontrahentów, które otrzymują certyfikat pocztą. Wyszukiwanie obejmuje login, imię i nazwisko, e-mail i kod kontrahenta.
portal-search = Szukaj
portal-without-certificate = Tylko użytkownicy bez ważnego certyfikatu
portal-none = Nie ma jeszcze użytkowników portalu. Dodaj kontrahenta, a potem jego użytkowników, albo zaimportuj ich z pliku CSV.
portal-none-found = Żaden użytkownik portalu nie pasuje.
portal-col-contractor = Kontrahent
portal-col-login = Login
portal-col-name = Imię i nazwisko
portal-col-email = E-mail
portal-col-lang = Język
portal-col-certificate = Certyfikat
portal-col-state = Stan
portal-col-actions = Działania
portal-cert-none = Jeszcze brak
portal-cert-other = Nieważny
portal-user-disabled = Wyłączony
portal-user-add = Dodaj użytkownika
portal-user-add-title = Nowy użytkownik portalu
portal-user-edit-title = Użytkownik portalu { $login }
portal-user-edit-of = Edytuj { $login }
portal-user-save = Zapisz
portal-user-added = Dodano użytkownika portalu { $login }.
portal-user-saved = Zapisano użytkownika portalu { $login }.
portal-user-disable = Wyłącz
portal-user-enable = Włącz
portal-user-disabled-done = Wyłączono użytkownika portalu { $login }: nie otrzyma nowego certyfikatu.
portal-user-enabled-done = Ponownie włączono użytkownika portalu { $login }.
contractor-add = Dodaj kontrahenta
contractor-dialog-title = Nowy kontrahent
contractor-code = Kod
contractor-name = Nazwa
contractor-business-id = NIP (opcjonalnie)
contractor-email = E-mail (opcjonalnie)
contractor-added = Dodano kontrahenta { $code } ({ $name }).
portal-import-title = Import z pliku CSV
portal-import-intro = Pierwszy wiersz nazywa kolumny: kod kontrahenta, nazwa kontrahenta, login, imię i nazwisko, e-mail, język. Istniejący użytkownik zostaje zaktualizowany. Jeśli któryś wiersz jest błędny, nic nie zostaje zaimportowane, a każdy błędny wiersz jest wymieniony.
portal-import-file = Plik CSV
portal-import = Importuj CSV…
portal-import-done = Zaimportowano: nowych { $created }, zaktualizowanych { $updated }, bez zmian { $unchanged }.
portal-import-line = wiersz { $line }: { $problem }

## Kreator

wizard-step-of = Krok { $current } z { $total }
wizard-steps-label = Postęp kreatora
wizard-summary = Sprawdź przed zakończeniem
wizard-working = Trwa praca…
wizard-missing-title = Aby przejść dalej:

## Pierwsze uruchomienie

setup-title = Witamy w SealDesk
setup-intro = Ten komputer będzie przechowywać Twoje klucze i certyfikaty. Najpierw wybierz język i utwórz lokalnego administratora, który odblokowuje SealDesk.
setup-step-language = Język
setup-step-admin = Administrator
setup-step-summary = Podsumowanie
setup-language-label = Język SealDesk
setup-language-hint = Możesz go później zmienić w Ustawieniach.
setup-admin-name = Imię i nazwisko
setup-admin-password = Hasło
setup-admin-password-confirm = Powtórz hasło
setup-admin-password-rule = Co najmniej { $min } znaków. To hasło odblokowuje SealDesk na tym komputerze.
setup-finish = Utwórz administratora
setup-summary-name = Administrator
setup-summary-language = Język
setup-summary-password = Hasło
setup-summary-password-value = Ustawione, siła: { $strength }
setup-summary-recovery = Po zakończeniu SealDesk jednorazowo pokaże kod odzyskiwania. To jedyny sposób na powrót, jeśli zapomnisz hasła.

validation-name-required = Wpisz imię i nazwisko.
validation-password-short = Hasło musi mieć co najmniej { $min } znaków.
validation-password-mismatch = Hasła nie są takie same.
validation-day-invalid = To nie jest data. Wpisz ją jak { $example }.
day-input-placeholder = DD.MM.RRRR

## Siła hasła

password-show = Pokaż hasło
strength-label = Siła
strength-0 = Bardzo słabe
strength-1 = Słabe
strength-2 = Przeciętne
strength-3 = Silne
strength-4 = Bardzo silne
strength-hint-common = To często używane hasło; wybierz coś, na co wpadniesz tylko Ty.
strength-hint-pattern = Rzędy klawiszy, powtórzenia i sekwencje łatwo odgadnąć.
strength-hint-dates = Daty i lata łatwo odgadnąć.
strength-hint-word = Pojedyncze słowa i imiona łatwo odgadnąć; dodaj więcej niezwiązanych słów.
strength-hint-short = Użyj dłuższego hasła, na przykład kilku niezwiązanych słów.
strength-weak-warning = To hasło jest słabe. Możesz go użyć, ale silniejsze lepiej chroni Twoje klucze.

## Kod odzyskiwania

recovery-title = Twój kod odzyskiwania
recovery-intro = Zapisz ten kod lub go wydrukuj i przechowuj z dala od tego komputera. SealDesk pokazuje go tylko teraz.
recovery-code-label = Kod odzyskiwania
recovery-confirm = Zapisałem(-am) kod odzyskiwania
recovery-enter-code = Kod odzyskiwania
recovery-new-password = Nowe hasło
recovery-submit = Ustaw nowe hasło
recovery-back-to-unlock = Wróć do odblokowania

## Odblokowanie

unlock-title = SealDesk jest zablokowany
unlock-greeting = Witaj ponownie, { $name }.
unlock-login = Login
unlock-password = Hasło
unlock-submit = Odblokuj
unlock-forgot = Nie pamiętasz hasła?
unlock-locked-idle = SealDesk zablokował się po { $minutes ->
    [one] { $minutes } minucie
   *[other] { $minutes } minutach
} bezczynności.
forgot-title = Zmiana hasła
forgot-intro = Wpisz kod odzyskiwania zapisany podczas konfiguracji SealDesk i wybierz nowe hasło.

## Ustawienia

settings-title = Ustawienia
settings-language = Język
settings-language-hint = Interfejs zmienia się od razu. Daty i liczby są zapisywane według języka.
settings-security = Bezpieczeństwo
settings-idle-lock = Blokuj po tylu minutach bezczynności
settings-idle-lock-saved = Zapisano. SealDesk zablokuje się po { $minutes ->
    [one] { $minutes } minucie
   *[other] { $minutes } minutach
} bezczynności.
settings-backup = Kopia zapasowa
settings-backup-intro = Tworzy spójną kopię danych SealDesk w folderze kopii zapasowych, podczas gdy możesz dalej pracować.
settings-backup-start = Utwórz kopię teraz
settings-backup-done = Kopia zapisana: { $path }
settings-backup-folder = Folder na kopię
settings-backup-folder-hint = Na przykład pendrive lub folder sieciowy. Gdy puste, kopia trafia do folderu kopii zapasowych w folderze danych.
settings-restore = Przywracanie kopii
settings-restore-intro = Zastępuje wszystkie dane SealDesk wcześniej zrobioną kopią zapasową.
settings-restore-file = Plik kopii zapasowej
settings-restore-file-required = Wybierz plik kopii zapasowej do przywrócenia.
settings-restore-start = Przywróć…
settings-restore-confirm = Zastąpić obecne dane kopią { $path }? Najpierw obecne dane zostaną zapisane w folderze kopii zapasowych, więc nic nie zginie. Potem SealDesk się zablokuje: odblokuj go hasłem administratora zapisanego w kopii.
settings-restore-yes = Przywróć kopię
settings-about = Informacje
settings-version = Wersja
settings-data-dir = Folder danych
settings-schema = Wersja schematu danych
settings-activity = Ostatnia aktywność
settings-activity-empty = Na razie nic nie zarejestrowano.
settings-activity-when = Kiedy
settings-activity-who = Kto
settings-activity-what = Co

progress-label = Postęp
progress-count = { $done } z { $total }
progress-cancelled = Anulowano.

## Działania w historii aktywności

audit-admin-created = Utworzono administratora
audit-admin-unlocked = Odblokowano
audit-admin-unlock-failed = Wpisano błędne hasło
audit-admin-recovered = Zmieniono hasło kodem odzyskiwania
audit-admin-recovery-failed = Wpisano błędny kod odzyskiwania
audit-company-created = Dodano firmę { $code }: { $name }
audit-company-updated = Zmieniono dane firmy: { $name }
audit-operator-added = Dodano operatora { $login }: { $name }
audit-operator-signed-in = Zalogowano
audit-operator-sign-in-failed = Wpisano błędne hasło
audit-settings-changed = { $key ->
    [idle_lock_minutes] Blokada po bezczynności ustawiona na { $value } min
    [language] Zmieniono język ({ $value })
    [pkcs11_module] Ustawiono sterownik tokenu: { $value }
    [first_steps_hidden] { $value ->
        [true] Ukryto przewodnik „Pierwsze kroki”
       *[other] Przywrócono przewodnik „Pierwsze kroki”
    }
   *[other] Zmieniono ustawienie
}
audit-store-backed-up = Utworzono kopię zapasową danych
audit-store-restored = Przywrócono dane z kopii zapasowej { $path }
audit-key-generated = Wygenerowano klucz: { $algorithm }, { $location }
audit-seal-created = Utworzono pieczęć firmy { $id }: { $organization }, { $years ->
        [one] { $years } rok
        [few] { $years } lata
        [many] { $years } lat
       *[other] { $years } roku
    }
audit-seal-revoked = Unieważniono pieczęć firmy { $id }
audit-seal-crl-published = Opublikowano listę unieważnień nr { $number } pieczęci { $id }
audit-cert-issued = Pieczęć { $seal } wystawiła certyfikat { $id } ({ $profile })
audit-cert-revoked = Unieważniono certyfikat { $id } ({ $reason })
audit-cert-imported = Zaimportowano certyfikaty
audit-cert-exported-with-key = Certyfikat { $id } wyeksportowany z kluczem prywatnym (PKCS#12, { $profile })
audit-document-signed = Dokument { $file } podpisany certyfikatem { $certificate }
audit-cert-state-changed = Certyfikat { $id } ma teraz stan { $state }
audit-cert-trusted = Certyfikat { $id } oznaczono jako zaufany
audit-cert-untrusted = Certyfikat { $id } nie jest już zaufany
audit-identity-registered = Zarejestrowano tożsamość do podpisu { $id }: { $signer_name }, { $business_name } ({ $identifier })
audit-identity-selected = Tożsamość do podpisu { $id } wybrana do podpisywania
audit-identity-certificate-attached = Certyfikat { $certificate } dołączony do tożsamości do podpisu { $id }
audit-identity-removed = Usunięto tożsamość do podpisu { $id } ({ $signer }); jej klucz i certyfikat pozostały
audit-renewal-planned = Zaplanowano odnowienie nr { $run }
audit-renewal-formed = Przygotowano wniosek o odnowienie certyfikatu { $certificate }
audit-renewal-sent = Wysłano wniosek o odnowienie certyfikatu { $certificate }
audit-renewal-receipt = Zapisano potwierdzenie nr { $receipt } odnowienia certyfikatu { $certificate }
audit-renewal-card = Podpisano kartę przystąpienia do odnowienia certyfikatu { $certificate }
audit-renewal-installed = Zainstalowano odnowiony certyfikat { $new_certificate } w miejsce certyfikatu { $certificate }
audit-renewal-cancelled = Anulowano odnowienie certyfikatu { $certificate }
audit-renewal-notification = Zapisano zawiadomienie o odnowieniu nr { $run } ({ $certificates ->
        [one] jeden certyfikat
        [few] { $certificates } certyfikaty
       *[other] { $certificates } certyfikatów
    })
audit-renewal-price-set = Ustawiono cenę odnowienia: { $ca }, { $term_years ->
        [one] jeden rok
        [few] { $term_years } lata
       *[other] { $term_years } lat
    }
audit-renewal-price-removed = Usunięto cenę odnowienia: { $ca }, { $term_years ->
        [one] jeden rok
        [few] { $term_years } lata
       *[other] { $term_years } lat
    }
audit-contractor-added = Dodano kontrahenta { $code }
audit-portal-user-added = Dodano użytkownika portalu { $login } kontrahenta { $contractor }
audit-portal-user-changed = Zmieniono użytkownika portalu { $id }
audit-portal-user-disabled = Wyłączono użytkownika portalu { $id }
audit-portal-user-enabled = Ponownie włączono użytkownika portalu { $id }
audit-portal-user-imported = Zaimportowano użytkowników portalu: dodano { $created }, zmieniono { $updated }, bez zmian { $unchanged }
audit-portal-certificate-sent = Certyfikat portalu { $certificate } wysłany do użytkownika portalu { $user }
audit-unknown = Zapisano inną czynność
audit-actor-administrator = Administrator

## Pieczęć i certyfikaty

pki-tab-seals = Pieczęć firmowa
pki-tab-certificates = Certyfikaty
pki-loading = Wczytywanie…
pki-saved-to = Zapisano: { $path }
action-copy = Kopiuj
copy-done = Skopiowano.
copy-failed = Nie udało się skopiować. Zaznacz tekst i skopiuj go ręcznie.
file-choose = Wybierz…

## Oznaczenia stanu i ważność

badge-current = Bieżąca
badge-valid = Ważny
badge-expiring = Wkrótce wygasa
badge-expired = Wygasł
badge-revoked = Unieważniony
badge-superseded = Zastąpiony
badge-not-yet-valid = Jeszcze nieważny
badge-seal-superseded = Zastąpiona
badge-seal-expired = Wygasła
badge-seal-revoked = Unieważniona
badge-seal-not-yet-valid = Jeszcze nieważna
badge-invalid = { $reason ->
    [seal-revoked] Nieważny: pieczęć unieważniona
    [seal-not-yet-valid] Nieważny: pieczęć jeszcze nieważna
   *[seal-expired] Nieważny: pieczęć wygasła
}
days-left = { $days ->
    [0] wygasa dzisiaj
    [one] został { $days } dzień
    [few] zostały { $days } dni
    [many] zostało { $days } dni
   *[other] zostało { $days } dnia
}
days-ago = { $days ->
    [0] wygasł dzisiaj
    [one] wygasł { $days } dzień temu
   *[other] wygasł { $days } dni temu
}

## Historia pieczęci

seal-title = Pieczęć firmowa
seal-intro = Pieczęć to własny urząd certyfikacji firmy. Wystawia certyfikaty do podpisywania i dla użytkowników portalu; gdy wygaśnie lub zostanie unieważniona, każdy wystawiony nią certyfikat traci ważność.
seal-none = Firma nie ma jeszcze pieczęci.
seal-new = Nowa pieczęć
seal-history = Historia pieczęci
seal-col-organization = Organizacja
seal-col-status = Stan
seal-col-valid-until = Ważna do
seal-col-actions = Działania
seal-export-pem = Eksportuj PEM
seal-export-der = Eksportuj DER
seal-export-title = Zapisz certyfikat pieczęci
seal-revoke = Unieważnij
seal-revoke-confirm = Unieważnić pieczęć { $id } firmy { $organization }? Każdy wystawiony nią certyfikat natychmiast straci ważność. Tej operacji nie można cofnąć.
seal-revoke-yes = Unieważnij pieczęć
seal-revoked = Pieczęć { $id } została unieważniona. Wystawione nią certyfikaty nie są już ważne.
seal-created = Utworzono pieczęć { $id } dla { $organization }.
seal-expiring-warning = { $days ->
    [0] Bieżąca pieczęć wygasa dzisiaj. Utwórz nową pieczęć: wystawione nią certyfikaty tracą ważność, gdy ona wygaśnie.
    [one] Bieżąca pieczęć wygasa za { $days } dzień. Utwórz w porę nową pieczęć: wystawione nią certyfikaty tracą ważność, gdy ona wygaśnie.
   *[other] Bieżąca pieczęć wygasa za { $days } dni. Utwórz w porę nową pieczęć: wystawione nią certyfikaty tracą ważność, gdy ona wygaśnie.
}

## Kreator nowej pieczęci

seal-wizard-title = Nowa pieczęć firmowa
seal-step-key = Klucz
seal-step-organization = Organizacja
seal-step-validity = Ważność
seal-step-summary = Podsumowanie
seal-finish = Utwórz pieczęć
key-mode = Skąd pochodzi klucz
key-mode-new-file = Wygeneruj nowy plik klucza
key-mode-new = Wygeneruj nowy klucz
key-mode-existing = Użyj klucza zarejestrowanego w SealDesk
key-algorithm = Algorytm klucza
key-algorithm-ec-p256 = EC P-256 (zalecany)
key-algorithm-ec-p384 = EC P-384
key-algorithm-rsa-2048 = RSA 2048 (tylko gdy wymaga tego polityka urzędu certyfikacji)
key-algorithm-rsa-3072 = RSA 3072
key-algorithm-rsa-4096 = RSA 4096
key-algorithm-rsa-2048-note = RSA 2048 nie nadaje się już w UE do podpisów kwalifikowanych. Wybierz go tylko wtedy, gdy wymaga tego polityka urzędu certyfikacji.
key-file = Plik klucza
key-file-dialog-title = Gdzie zapisać nowy plik klucza
key-file-hint = Zawsze nowy plik; istniejący plik nigdy nie zostanie zastąpiony. Przechowuj jego kopię w bezpiecznym miejscu.
key-password = Hasło klucza
key-password-confirm = Powtórz hasło klucza
key-password-hint = Szyfruje plik klucza. SealDesk go nie przechowuje: bez niego klucza nie da się użyć.
key-id = Numer klucza
key-id-hint = Numer klucza zarejestrowanego w SealDesk, na przykład poleceniem „sealdesk key generate”.
key-location = Gdzie jest klucz
key-location-file = W pliku klucza (hasło)
key-location-token = Na tokenie (PIN)
key-secret-password = Hasło pliku klucza
token-pin = PIN tokena „{ $label }”
token-pin-unknown = PIN tokena
token-pin-hint = Token blokuje się po kilku błędnych PIN-ach: wpisuj go uważnie.
seal-org-name = Nazwa organizacji
seal-org-id = Identyfikator organizacji
seal-org-id-hint = Numer krajowy (w Polsce NIP, np. 526-025-02-74) albo zapis według ETSI EN 319 412-1 (VATPL-5260250274). Jest sprawdzany w trakcie wpisywania.
seal-org-id-valid = Poprawny. W pieczęci: { $value }
seal-country = Kraj (dwie litery)
seal-years = Jak długo pieczęć jest ważna
seal-years-option = { $years ->
    [one] { $years } rok
    [few] { $years } lata
    [many] { $years } lat
   *[other] { $years } roku
}
seal-years-hint = Zwykle trzy lata. Certyfikat wystawiony pieczęcią nigdy nie jest ważny dłużej niż ona.
seal-summary-key = Klucz
seal-summary-key-existing = Zarejestrowany klucz nr { $id }
seal-summary-organization = Organizacja
seal-summary-note = Nowa pieczęć zastępuje bieżącą, jeśli taka istnieje. Certyfikaty wystawione starą pieczęcią pozostają ważne, dopóki nie wygasną one same lub stara pieczęć.

validation-key-path-required = Wybierz, gdzie zapisać plik klucza.
validation-key-password-required = Wpisz hasło do pliku klucza.
validation-key-id-required = Wpisz numer zarejestrowanego klucza.
validation-secret-required = Wpisz hasło lub PIN klucza.
validation-org-name-required = Wpisz nazwę organizacji.
validation-org-id-required = Wpisz identyfikator organizacji, na przykład VATPL-5260250274.
validation-country-required = Wpisz dwuliterowy kod kraju, na przykład PL.
validation-common-name-required = Wpisz imię i nazwisko posiadacza.
validation-portal-fields-required = Certyfikat użytkownika portalu wymaga kodu firmy i loginu.
validation-days-range = Wybierz ważność od 1 do { $max } dni.
validation-seal-secret-required = Wpisz hasło lub PIN klucza pieczęci.
validation-file-required = Wybierz plik do zapisu.

## Lista certyfikatów

certs-title = Certyfikaty
certs-search = Szukaj po nazwie lub wystawcy
certs-expiring = Wygasające w ciągu (dni)
certs-expiring-any = dowolnie
certs-issue = Wystaw certyfikat
certs-csr = Wniosek o certyfikat (CSR)
certs-empty = Brak pasujących certyfikatów.
certs-col-subject = Posiadacz
certs-col-valid-until = Ważny do
certs-col-status = Stan
certs-open = Szczegóły
certs-page = Wiersze { $from }–{ $to }
certs-previous = Poprzednia strona
certs-next = Następna strona
certs-issued = Wystawiono certyfikat { $id }: { $name }.
certs-issued-key = Nowy klucz jest przechowywany zaszyfrowany w { $path }.
certs-no-seal = Brak ważnej pieczęci firmowej. Utwórz nową pieczęć, aby wystawiać certyfikaty.

## Wystawianie

issue-title = Wystaw certyfikat
issue-seal = Wystawia pieczęć firmy { $organization } (nr { $id }).
issue-profile = Profil
issue-profile-signing = Podpisywanie dokumentów
issue-profile-portal-user = Użytkownik portalu (logowanie i ochrona poczty)
issue-name = Imię i nazwisko posiadacza
issue-email = E-mail
issue-country = Kraj (dwie litery)
issue-company-code = Kod firmy
issue-login = Login do portalu
issue-days = Ważność w dniach
issue-days-hint = Najwyżej { $max } dni i nigdy dłużej niż ważność pieczęci.
issue-key = Klucz posiadacza
issue-seal-key = Klucz pieczęci
issue-seal-secret = Hasło pliku klucza pieczęci
issue-submit = Wystaw

## Wniosek o certyfikat

csr-title = Wniosek o certyfikat do urzędu certyfikacji
csr-intro = Tworzy wniosek PKCS#10 podpisany zarejestrowanym kluczem, do wysłania do zewnętrznego urzędu certyfikacji.
csr-common-name = Nazwa (CN)
csr-organization = Organizacja (O)
csr-serial-number = Numer identyfikacyjny osoby
csr-file = Plik wniosku
csr-file-hint = Zapisywany jako PEM; istniejący plik nigdy nie zostanie zastąpiony.
csr-dialog-title = Gdzie zapisać wniosek
csr-submit = Utwórz wniosek
csr-done = Wniosek zapisano w { $path }.

## Szczegóły certyfikatu

detail-title = Certyfikat { $id }
detail-back = Wróć do listy
detail-subject = Posiadacz
detail-certificate = Certyfikat
detail-issuer = Wystawca
detail-serial = Numer seryjny
detail-valid-from = Ważny od
detail-valid-until = Ważny do
detail-sha256 = Odcisk SHA-256
detail-sha1 = Odcisk SHA-1
detail-key-usage = Użycie klucza
detail-extended-key-usage = Rozszerzone użycie klucza
detail-emails = Adresy e-mail
detail-key = Klucz prywatny
detail-key-none = SealDesk go nie przechowuje
detail-key-token = Na tokenie „{ $token }”, obiekt „{ $object }”
detail-chain = Łańcuch
detail-pem = PEM
detail-revoke = Unieważnij…
detail-revoke-reason = Powód
detail-revoke-confirm = Unieważnić certyfikat { $id }? Tej operacji nie można cofnąć.
detail-revoke-yes = Unieważnij certyfikat
detail-revoked = Certyfikat { $id } został unieważniony.
detail-trusted = Zaufany certyfikat główny
detail-trusted-yes = Tak: podpisy prowadzące do niego są weryfikowane pozytywnie
detail-trusted-no = Nie
detail-trust = Zaufaj temu certyfikatowi głównemu…
detail-trust-confirm = Uznać { $subject } za zaufany certyfikat główny? Każdy podpis prowadzący do niego zostanie wtedy zweryfikowany pozytywnie. Zrób to tylko wtedy, gdy ten odcisk SHA-256 jest dokładnie tym, który urząd certyfikacji przekazał ci innym kanałem: { $fingerprint }
detail-trust-yes = Odcisk się zgadza: zaufaj
detail-trust-done = Certyfikat { $id } jest teraz zaufanym certyfikatem głównym.
detail-untrust = Przestań ufać…
detail-untrust-confirm = Przestać ufać { $subject }? Podpisy prowadzące tylko do niego nie będą już weryfikowane pozytywnie.
detail-untrust-yes = Przestań ufać
detail-untrust-done = Certyfikat { $id } nie jest już zaufany.
revoke-reason-unspecified = Bez podania powodu
revoke-reason-key-compromise = Klucz zgubiono lub skradziono
revoke-reason-affiliation-changed = Zmieniły się dane posiadacza
revoke-reason-superseded = Zastąpiony nowym certyfikatem
revoke-reason-cessation-of-operation = Posiadacz odszedł lub usługa się zakończyła
attr-common-name = Nazwa (CN)
attr-organization = Organizacja (O)
attr-organizational-unit = Jednostka lub kod firmy (OU)
attr-country = Kraj (C)
attr-locality = Miejscowość (L)
attr-state = Województwo lub region (ST)
attr-surname = Nazwisko (SN)
attr-given-name = Imię
attr-title = Stanowisko
attr-serial-number = Numer identyfikacyjny
attr-organization-identifier = Identyfikator organizacji
attr-user-id = Login (UID)
attr-email = E-mail

## Problemy przy uruchamianiu

startup-error-title = SealDesk nie może otworzyć swoich danych
startup-error-intro = Niczego nie zmieniono. Szczegóły:

## Błędy (jeden na stały kod błędu; kod „a.b-c” to komunikat „error-a-b-c”)

error-store-in-use = Dane SealDesk są używane przez inne okno lub polecenie SealDesk. Zamknij je albo poczekaj chwilę i spróbuj ponownie.
error-store-schema-too-new = Te dane zapisała nowsza wersja SealDesk (wersja formatu danych { $found }; ten program zna wersje do { $known }). Zainstaluj nowszy SealDesk.
error-store-corrupt = Plik { $path } jest uszkodzony albo nie jest magazynem SealDesk. Pozostawiono go bez zmian.
error-store-backup-invalid = Plik { $path } nie jest czytelną kopią zapasową SealDesk. Niczego nie przywrócono, a dane pozostały bez zmian.
error-store-read-only = Dane SealDesk są dla tego użytkownika tylko do odczytu: ich plik lub folder jest chroniony przed zapisem. Aby coś zmienić, poproś o prawo zapisu do folderu danych.
error-store-disk-full = Dysk z danymi SealDesk jest pełny. Niczego nie zmieniono; zwolnij trochę miejsca i spróbuj ponownie.
error-store-missing = W { $path } nie ma jeszcze danych SealDesk. Najpierw skonfiguruj SealDesk.
error-store-no-data-dir = Dla tego użytkownika nie jest znany folder danych aplikacji. Wskaż folder danych jawnie.
error-io = Nie można odczytać ani zapisać { $path }. Sprawdź, czy dysk jest podłączony, i spróbuj ponownie.
error-io-disk-full = Dysk jest pełny: nie można zapisać { $path }. Nie pozostawiono niedokończonego pliku; zwolnij trochę miejsca i spróbuj ponownie.
error-io-not-found = { $path } nie istnieje. Sprawdź nazwę i folder.
error-io-permission-denied = Nie masz uprawnień do { $path }. Wybierz inne miejsce lub poproś o pomoc osobę zarządzającą komputerem.
error-io-read-only = { $path } jest na dysku tylko do odczytu. Wybierz inne miejsce.
error-io-not-a-folder = { $path } nie jest folderem. Wskaż folder.
error-io-not-text = { $path } nie jest plikiem tekstowym. Wskaż właściwy plik.
error-secrets-locked = Systemowy magazyn haseł ({ $store }) nie odpowiedział na czas: prawdopodobnie jest zablokowany. Odblokuj go i spróbuj ponownie.
error-store-database = Nieoczekiwany problem z bazą danych: { $detail }
error-admin-already-initialized = SealDesk jest już skonfigurowany w tym folderze danych.
error-admin-not-initialized = SealDesk nie jest jeszcze skonfigurowany. Najpierw utwórz administratora.
error-admin-password-too-short = Hasło musi mieć co najmniej { $min } znaków.
error-admin-name-required = Wpisz nazwę.
error-admin-wrong-password = Błędne hasło. Możesz spróbować ponownie za { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}.
error-admin-wrong-recovery-code = Ten kod odzyskiwania jest nieprawidłowy. Możesz spróbować ponownie za { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}.
error-admin-throttled = Zbyt wiele błędnych prób. Odczekaj { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
} i spróbuj ponownie.
error-auth-required = To wymaga hasła operatora { $login }.
error-auth-wrong-password = Błędny login lub hasło. Możesz spróbować ponownie za { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}.
error-auth-throttled = Zbyt wiele błędnych prób. Odczekaj { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
} i spróbuj ponownie.
error-auth-operator-disabled = Operator { $login } jest wyłączony i nie może się zalogować.
error-auth-administrator-only = Tylko administrator może to zrobić.
error-company-not-found = Nie ma firmy { $code }.
error-company-code-taken = Inna firma ma już kod { $code }. Wybierz inny kod.
error-company-invalid-code = „{ $code }” nie może być kodem firmy: użyj od 1 do 32 liter łacińskich, cyfr, „-” lub „_”.
error-company-name-required = Wpisz nazwę firmy.
error-company-quota-below-active = Limit { $quota } jest mniejszy niż liczba już aktywnych certyfikatów ({ $active }). Wybierz co najmniej { $active } albo pozostaw puste pole.
error-operator-login-taken = Login { $login } jest już zajęty. Wybierz inny.
error-operator-invalid-login = „{ $login }” nie może być loginem: użyj od 1 do 64 liter, cyfr, „.”, „-”, „_” lub „@”.
error-session-locked = SealDesk jest zablokowany. Zaloguj się ponownie.
error-settings-unsupported-language = Język „{ $tag }” jest niedostępny.
error-settings-idle-lock-out-of-range = Wybierz wartość od { $min } do { $max } minut.
error-key-unsupported-algorithm = Nieznany algorytm klucza „{ $name }”. Użyj ec-p256, ec-p384, rsa-2048, rsa-3072 lub rsa-4096.
error-key-generation-failed = Nie udało się wygenerować klucza { $algorithm }.
error-key-file-exists = { $path } już istnieje i pozostawiono go bez zmian. Wybierz inną nazwę pliku.
error-key-password-required = Plik klucza wymaga hasła.
error-key-wrong-password = To hasło nie otwiera pliku klucza { $path }.
error-key-file-invalid = { $path } nie jest zaszyfrowanym kluczem prywatnym (PKCS#8).
error-key-unsupported-private-key = Ten klucz prywatny nie jest rodzaju, którego używa SealDesk (EC P-256, EC P-384, RSA 2048, 3072 lub 4096).
error-key-signing-failed = Podpisywanie nie powiodło się: { $detail }
error-key-not-found = W SealDesk nie ma klucza o numerze { $id }.
error-key-secret-kind = { $location ->
    [token] Klucz { $id } jest na tokenie: podaj jego PIN, nie hasło.
   *[other] Klucz { $id } jest w pliku: podaj jego hasło, nie PIN.
}
error-token-module-not-set = Nie wybrano sterownika tokena (modułu PKCS#11). Wskaż w Ustawieniach bibliotekę dostarczoną z tokenem.
error-token-module-load = Nie udało się wczytać sterownika tokena { $module }: { $detail }. Sprawdź ścieżkę i czy pasuje do tego komputera (64-bit).
error-token-not-found = Nie podłączono tokena o etykiecie „{ $label }”. Włóż go albo sprawdź etykietę.
error-token-wrong-pin = Błędny PIN. Uwaga: po kilku błędnych próbach token sam się blokuje.
error-token-pin-locked = PIN tokena jest zablokowany po zbyt wielu błędnych próbach. Odblokuj go narzędziem producenta tokena i jego PIN-em administratora (SO PIN).
error-token-key-not-found = Klucza „{ $label }” nie ma na tokenie. Czy włożono właściwy token?
error-token-failure = Token zawiódł podczas operacji „{ $operation }”: { $detail }
error-pkcs12-wrong-password = Hasło nie otwiera tego pliku PKCS#12 (.p12/.pfx).
error-pkcs12-invalid = To nie jest czytelny plik PKCS#12 (.p12/.pfx): { $detail }
error-pkcs12-password-unsupported = Hasło PKCS#12 nie może zawierać emoji ani innych rzadkich znaków (spoza podstawowej płaszczyzny Unicode). Wybierz inne hasło.
error-pkcs12-password-required = Plik PKCS#12 (.p12/.pfx) wymaga hasła: podaj hasło, które nie jest puste.
error-csr-invalid = To nie jest prawidłowe żądanie certyfikatu (PKCS#10): { $detail }
error-cert-invalid = To nie jest czytelny certyfikat: { $detail }
error-cert-nothing-to-import = Plik { $path } nie zawiera żadnego certyfikatu.
error-cert-key-mismatch = Klucz prywatny nie należy do tego certyfikatu.
error-cert-not-found = W SealDesk nie ma certyfikatu o numerze { $id }.
error-cert-already-revoked = Certyfikat { $id } jest już unieważniony.
error-cert-not-issued-by-seal = Certyfikatu { $id } nie wystawiła żadna z pieczęci firmy, więc SealDesk nie może go unieważnić.
error-cert-fingerprint-mismatch = Podany odcisk nie jest odciskiem SHA-256 certyfikatu { $id }. Porównaj go ponownie z odciskiem otrzymanym od urzędu certyfikacji; niczego nie uznano za zaufane.
error-cert-trust-not-ca = Certyfikat { $id } nie jest certyfikatem urzędu certyfikacji, więc nie może być zaufanym certyfikatem głównym.
error-cert-seal-always-trusted = Certyfikat { $id } jest pieczęcią firmy: pozostaje zaufany, dopóki istnieje.
error-cert-signature-invalid = Podpis certyfikatu { $subject } nie daje się zweryfikować: certyfikat został zmieniony lub uszkodzony. Niczego nie zaimportowano.
error-seal-not-found = Nie ma pieczęci firmy o numerze { $id }.
error-seal-not-usable = Pieczęć firmy { $id } nie może wystawiać certyfikatów: { $reason ->
    [expired] wygasła. Utwórz nową pieczęć.
    [revoked] została unieważniona. Utwórz nową pieczęć.
    [superseded] zastąpiła ją nowsza pieczęć. Użyj bieżącej pieczęci.
    [not-yet-valid] nie jest jeszcze ważna.
   *[other] { $reason }.
}
error-pki-field-required = Wypełnij pole { $field }.
error-pki-field-too-long = Pole { $field } może mieć najwyżej { $max } znaków.
error-pki-field-invalid-character = Pole { $field } zawiera znak sterujący lub znak zmiany kierunku tekstu, przez który nazwa mogłaby wyglądać jak inna.
error-pki-invalid-country = „{ $value }” nie jest dwuliterowym kodem kraju, takim jak PL, IL, IT lub UA.
error-pki-invalid-org-id = „{ $value }” nie jest identyfikatorem organizacji. Wpisz typ (VAT, NTR, PSD lub LEI), kraj i numer, np. VATPL-5260250274 lub NTRUA-14360570.
error-pki-invalid-email = „{ $value }” nie jest adresem e-mail.
error-pki-validity-out-of-range = { $unit ->
    [years] Wybierz ważność od { $min } do { $max } lat.
   *[other] Wybierz ważność od { $min } do { $max } dni.
}
error-pki-unknown-profile = Nieznany profil certyfikatu „{ $name }”. Użyj signing lub portal-user.
error-pki-portal-user-fields = Certyfikat użytkownika portalu wymaga kodu firmy i loginu.
error-pki-generation-failed = Nie udało się utworzyć certyfikatu: { $detail }
error-pki-unknown-export-format = { $path }: zakończ nazwę pliku na .pem dla PEM albo .cer, .der lub .crt dla DER.
error-io-file-exists = Plik { $path } już istnieje i pozostał bez zmian. Wybierz inną nazwę pliku.
error-io-not-a-regular-file = { $path } nie jest zwykłym plikiem (to folder, urządzenie lub potok). Wskaż plik.
error-io-file-too-large = Plik { $path } ma więcej niż { $limit } bajtów, więcej, niż może mieć plik tego rodzaju. Sprawdź, czy to właściwy plik.
error-io-missing = Nie ma pliku { $path }: został przeniesiony, przemianowany lub usunięty albo jego nazwa jest błędna.
error-io-unreadable = Plik { $path } istnieje, ale nie można go otworzyć do odczytu. Sprawdź, czy masz do niego dostęp, albo zapytaj osobę, która zarządza tym komputerem.
error-key-not-exportable = Klucz certyfikatu { $id } jest na tokenie i nie może go opuścić. Plik PKCS#12 wymaga klucza przechowywanego w pliku.
error-cert-no-key = SealDesk nie przechowuje klucza prywatnego certyfikatu { $id }.
error-cancelled = Anulowano.
error-id-invalid-format = { $value } nie jest numerem { $kind } ({ $country }): nieprawidłowa długość lub znaki. Sprawdź go z dokumentem rejestrowym.
error-id-invalid-checksum = { $value } nie jest prawidłowym numerem { $kind } ({ $country }): cyfra kontrolna się nie zgadza, zwykle to literówka. Sprawdź każdą cyfrę.
error-id-unknown-kind = SealDesk nie zna identyfikatora { $kind } dla kraju { $country }.
error-id-not-an-organization = { $value } to { $kind } osoby fizycznej ({ $country }), a nie identyfikator organizacji. Wpisz numer samej organizacji.

# Signing identities
error-identity-not-found = Nie ma tożsamości do podpisu { $id }.
error-identity-password-too-short = Hasło do podpisu musi mieć co najmniej { $min } znaki.
error-identity-awaiting-certificate = Tożsamość do podpisu { $id } nie ma jeszcze certyfikatu. Dołącz certyfikat, który urząd certyfikacji przysłał w odpowiedzi na wniosek.
error-identity-certificate-not-valid = Tożsamość do podpisu { $id } nie może podpisywać: jej certyfikat { $status ->
    [expired] wygasł
    [not-yet-valid] nie jest jeszcze ważny
    [revoked] został unieważniony
   *[issuer-invalid] jest nieważny, bo pieczęć, która go wydała, wygasła lub została unieważniona
}. Wybierz inną tożsamość albo odnów certyfikat.
error-identity-certificate-mismatch = Plik nie zawiera certyfikatu dla klucza tożsamości do podpisu { $id }: odpowiada na inny wniosek.

error-sign-certificate-not-usable = Certyfikat { $id } nie może podpisywać: { $status ->
    [expired] wygasł
    [not-yet-valid] nie jest jeszcze ważny
    [revoked] został unieważniony
   *[issuer-invalid] jest nieważny, bo pieczęć, która go wydała, wygasła lub została unieważniona
}. Wybierz inny certyfikat albo odnów ten.
error-cli-usage = Niepoprawne użycie polecenia: { $detail }
error-cli-secret-file = Nie można odczytać sekretu z { $source }: { $detail }
error-cli-secret-file-open = Plik { $path } mogą czytać inni użytkownicy tego komputera, więc zapisany w nim sekret nie jest prywatny. Ogranicz odczyt do siebie (chmod 600 { $path }).
error-general-worker-failed = Operacja nieoczekiwanie się przerwała: { $detail }
error-unknown = Wystąpił nieoczekiwany problem. Spróbuj ponownie; jeśli się powtarza, uruchom SealDesk ponownie.
error-desktop-no-file-manager = Nie można otworzyć folderu: żaden menedżer plików nie odpowiedział. Plik to { $path }.

# Importing and exporting certificate files
certs-import = Importuj…
import-title = Import certyfikatów
import-intro = Certyfikat lub łańcuch w formacie PEM albo DER (.pem, .crt, .cer, .der) albo plik PKCS#12 (.p12, .pfx) z kluczem prywatnym.
import-file = Plik do importu
import-dialog-title = Wybierz plik certyfikatu do importu
import-password = Hasło pliku PKCS#12
import-password-hint = Klucz prywatny z pliku zostaje w SealDesk, zaszyfrowany tym samym hasłem.
import-submit = Importuj
import-done = { $count ->
    [one] Zaimportowano jeden certyfikat.
    [few] Zaimportowano { $count } certyfikaty.
    [many] Zaimportowano { $count } certyfikatów.
   *[other] Zaimportowano { $count } certyfikatu.
}
import-nothing-new = { $count ->
    [one] Certyfikat z tego pliku jest już w SealDesk; nic nowego nie dodano.
   *[other] Wszystkie certyfikaty z tego pliku ({ $count }) są już w SealDesk; nic nowego nie dodano.
}
import-key-added = Certyfikaty były już w SealDesk; dodano ich klucz prywatny.
import-col-issuer = Wystawca
import-with-key = z kluczem prywatnym
file-filter-certificate-files = Certyfikaty i PKCS#12
file-filter-certificates = Certyfikaty (PEM, DER)
file-filter-pkcs12 = PKCS#12 (certyfikat z kluczem)
file-filter-pem = Certyfikat PEM
file-filter-der = Certyfikat DER
validation-import-file-required = Wybierz plik do importu.
validation-import-password-required = Wpisz hasło pliku PKCS#12.
detail-export = Eksportuj…
export-title = Eksport certyfikatu { $id }
export-format = Co wyeksportować
export-format-pem = Sam certyfikat w formacie PEM (.pem)
export-format-der = Sam certyfikat w formacie DER (.cer), który otwiera Windows
export-format-pkcs12 = Certyfikat z kluczem prywatnym i łańcuchem jako PKCS#12 (.p12)
export-token-note = Klucz prywatny jest na tokenie i nie może go opuścić, więc można wyeksportować tylko certyfikat.
export-file = Plik
export-dialog-title = Zapisz certyfikat jako
export-key-password = Hasło pliku klucza prywatnego
export-submit = Eksportuj
export-done = Zapisano w { $path }.
validation-export-key-password-required = Wpisz hasło pliku klucza prywatnego.
validation-pkcs12-password-required = Wpisz hasło dla pliku PKCS#12.
p12-password = Hasło dla pliku PKCS#12
p12-password-confirm = Powtórz hasło PKCS#12
p12-password-hint = Każdy, kto otwiera plik, potrzebuje tego hasła. Przekaż je inną drogą niż plik.
p12-legacy = Zgodny ze starym Windows (3DES/SHA-1, słabszy)
p12-legacy-warning = Słabsza ochrona: wybierz ją tylko dla urządzenia, które odrzuca ustawienie domyślne, np. Windows Server 2016 lub starszego.
issue-p12 = Zapisz też jako PKCS#12 (.p12) z kluczem i łańcuchem
issue-p12-file = Plik PKCS#12
issue-p12-dialog-title = Zapisz plik PKCS#12 jako
issue-p12-token-note = Klucz na tokenie nie może go opuścić, więc nie można z nim utworzyć pliku PKCS#12.
certs-issued-p12 = Plik PKCS#12 zapisano w { $path }.

## Documents: signing
docs-sign-title = Podpisywanie dokumentów
docs-sign-intro = Pliki PDF są podpisywane wewnątrz pliku (PAdES); każdy inny plik otrzymuje obok osobny plik podpisu (.p7s). Oryginały nigdy nie są zmieniane.
docs-no-certificate = Nie ma jeszcze certyfikatu do podpisywania. Wystaw go pieczęcią firmy albo zaimportuj certyfikat z kluczem w zakładce Pieczęć i certyfikaty.
docs-drop-hint = Upuść pliki tutaj albo je wybierz.
docs-pick = Wybierz pliki…
docs-pick-title = Pliki do podpisania
docs-path = Albo wpisz pełną ścieżkę pliku
docs-add = Dodaj
docs-remove = Usuń { $name } z listy
docs-remove-short = Usuń
docs-file-left-out = Ten plik nie zostanie podpisany.
docs-sign-with = Podpisz certyfikatem
docs-valid-until = ważny do { $date }
docs-active-identity = aktywna tożsamość
docs-key-password = Hasło klucza do podpisu
docs-sign = { $count ->
    [one] Podpisz 1 plik
    [few] Podpisz { $count } pliki
   *[many] Podpisz { $count } plików
}
docs-stop = Zatrzymaj po tym pliku
docs-progress = Podpisywanie
docs-summary = Podpisane: { $signed }. Nieudane: { $failed }. Niepodpisane po zatrzymaniu: { $stopped }.
docs-col-file = Plik
docs-col-result = Wynik
docs-show = Pokaż w folderze
docs-format-pades = Podpisany PDF (PAdES)
docs-checked-valid = sprawdzony: ważny
docs-checked-valid-with-warnings = sprawdzony: ważny, z uwagą
docs-checked-invalid = sprawdzony: NIEważny
docs-checked-unsigned = sprawdzony: brak podpisu
docs-format-cades = Plik podpisu (.p7s)
# Signing identities (screen and wizard)
first-steps-title = Pierwsze kroki
first-steps-intro = Skonfiguruj SealDesk w tej kolejności. Każdy krok zostaje oznaczony, gdy tylko jest wykonany.
first-steps-hide = Ukryj przewodnik
first-steps-done = Gotowe
first-steps-todo = Do zrobienia
first-steps-authority = Pieczęć firmy albo zewnętrzny urząd certyfikacji
first-steps-authority-hint = Pieczęć (lub urząd certyfikacji spoza SealDesk) poświadcza certyfikaty do podpisu, dlatego jest pierwsza.
first-steps-identity = Tożsamość do podpisu
first-steps-identity-hint = Twoja firma i osoba, która podpisuje w jej imieniu, z kluczem i certyfikatem.
first-steps-mail = Serwer poczty
first-steps-mail-hint = Serwer poczty wychodzącej, który wysyła podpisane dokumenty i powiadomienia.
first-steps-sign = Podpisz dokument
first-steps-sign-hint = Podpisz plik PDF lub dowolny inny plik aktywną tożsamością.
first-steps-go-authority = Utwórz pieczęć
first-steps-go-outside-ca = Importuj certyfikat urzędu
first-steps-go-identity = Zarejestruj tożsamość
first-steps-go-mail = Skonfiguruj pocztę
first-steps-go-sign = Podpisz dokument
first-steps-next-authority = Następny krok: utwórz pieczęć firmy albo zaimportuj certyfikat zewnętrznego urzędu certyfikacji.
first-steps-next-identity = Następny krok: zarejestruj tożsamość, która będzie podpisywać Twoje dokumenty.
first-steps-next-mail = Następny krok: skonfiguruj serwer poczty, który wyśle podpisane dokumenty.
first-steps-next-sign = Następny krok: podpisz pierwszy dokument.

identities-title = Tożsamości do podpisu
identities-intro = Każda tożsamość to Twoja firma i osoba, która podpisuje w jej imieniu, z kluczem i certyfikatem. Dokumenty podpisuje dokładnie jedna tożsamość: aktywna.
identities-none = Nie ma jeszcze tożsamości do podpisu. Zarejestruj ją, aby podpisywać dokumenty.
identities-none-active = Żadna tożsamość nie jest wybrana do podpisywania. Wybierz tożsamość z ważnym certyfikatem.
identity-new = Zarejestruj tożsamość
identity-col-signer = Podpisujący i firma
identity-col-status = Stan
identity-col-valid-until = Ważny do
identity-col-signing = Podpisywanie
identity-col-actions = Działania
identity-active = Aktywna
identity-select = Wybierz do podpisywania
identity-selected = { $signer } podpisuje teraz Twoje dokumenty.
identity-details = Szczegóły certyfikatu
identity-remove = Usuń
identity-remove-confirm = Usunąć tożsamość do podpisu { $signer } ({ $business })? Jej klucz i certyfikat zostają w SealDesk; usuwana jest tylko tożsamość.
identity-remove-confirm-active = Usunąć tożsamość do podpisu { $signer } ({ $business })? To ona podpisuje teraz Twoje dokumenty: potem żadna tożsamość nie będzie podpisywać, dopóki nie wybierzesz innej. Jej klucz i certyfikat zostają w SealDesk.
identity-remove-yes = Usuń tożsamość
identity-removed = Tożsamość { $signer } została usunięta. Jej klucz i certyfikat zostały zachowane.
identity-removed-active = Tożsamość { $signer } została usunięta; jej klucz i certyfikat zostały zachowane. Wybierz inną tożsamość, aby podpisywać dokumenty.
identity-attach = Dołącz certyfikat z urzędu certyfikacji
identity-attach-file = Plik certyfikatu z urzędu certyfikacji
identity-attach-dialog-title = Otwórz certyfikat przysłany przez urząd certyfikacji
identity-attach-hint = Certyfikat (PEM lub DER), z łańcuchem, jeśli urząd go przysłał. Musi odpowiadać wnioskowi tej tożsamości.
identity-attach-submit = Dołącz
identity-attached = Dołączono certyfikat osoby { $signer }.
identity-attached-selected = Dołączono certyfikat osoby { $signer } i ta tożsamość podpisuje teraz Twoje dokumenty.
identity-created-selected = Certyfikat osoby { $signer } został utworzony i wybrany do podpisywania.
identity-created-not-selected = Tożsamość osoby { $signer } utworzono, ale jej nie wybrano: { $reason ->
    [awaiting-certificate] wyślij wniosek do urzędu certyfikacji, a potem dołącz certyfikat, który odeśle.
    [certificate-not-valid] jej certyfikat nie jest teraz ważny.
   *[not-requested] wybierz ją, gdy ma podpisywać.
}
badge-awaiting-certificate = Czeka na certyfikat
validation-attach-file-required = Wybierz plik certyfikatu przysłany przez urząd certyfikacji.
identity-wizard-title = Rejestracja tożsamości do podpisu
identity-finish = Zarejestruj
identity-step-business = Identyfikator firmy
identity-step-names = Firma i podpisujący
identity-step-secret = Hasło do podpisu i klucz
identity-step-certificate = Certyfikat
identity-step-summary = Podsumowanie
identity-country = Kraj firmy
identity-country-other = Inny kraj
identity-country-code = Dwuliterowy kod kraju
identity-kind = Rodzaj identyfikatora
identity-business-id = Identyfikator firmy
identity-business-id-valid = Poprawny. W certyfikacie: { $value }
identity-business-name = Nazwa firmy
identity-signer-name = Imię i nazwisko podpisującego
identity-signer-name-hint = Firma, jej właściciel lub osoba upoważniona do podpisu w jej imieniu.
identity-email = Adres e-mail widoczny w podpisie
identity-email-hint = Tylko informacyjnie: pojawia się w certyfikacie.
identity-key-target = Gdzie przechowywać klucz
identity-key-file = W pliku klucza chronionym hasłem do podpisu
identity-key-token = Na tokenie (karta kryptograficzna lub token USB)
identity-password = Hasło do podpisu
identity-password-hint = Co najmniej { $min } znaki; można używać cyfr. Wpisujesz je przy każdym podpisie.
identity-password-confirm = Powtórz hasło do podpisu
identity-token-label = Etykieta tokena
identity-token-hint = Token jest obsługiwany przez moduł PKCS#11 wybrany w ustawieniach. Jego PIN staje się wtedy Twoim sekretem do podpisu.
identity-token-pin = PIN tokena
identity-source = Certyfikat
identity-source-seal = Wydany teraz przez pieczęć firmy
identity-source-csr = Wnioskowany w urzędzie certyfikacji (CSR)
identity-no-seal = Nie ma ważnej pieczęci firmy: utwórz ją w „Pieczęć i certyfikaty” albo złóż wniosek o certyfikat w urzędzie certyfikacji.
identity-seal = Pieczęć firmy
identity-seal-password = Hasło klucza pieczęci
identity-days = Ważność w dniach
identity-csr-file = Zapisz wniosek jako
identity-csr-dialog-title = Zapisz wniosek o certyfikat jako
identity-csr-hint = Wyślij ten plik do urzędu certyfikacji; certyfikat, który odeśle, dołącz na liście tożsamości.
identity-select-new = Wybierz tę tożsamość do podpisywania
identity-csr-summary-note = Tożsamość czeka na certyfikat, dopóki go nie dołączysz; wcześniej nie może podpisywać.
validation-business-id-required = Wpisz identyfikator firmy.
validation-business-id-checking = Identyfikator jest jeszcze sprawdzany; chwileczkę.
validation-business-name-required = Wpisz nazwę firmy.
validation-signer-name-required = Wpisz imię i nazwisko podpisującego.
validation-email-required = Wpisz adres e-mail, np. imie@example.com.
validation-token-label-required = Wpisz etykietę tokena.
validation-pin-required = Wpisz PIN tokena.
validation-seal-required = Wybierz pieczęć firmy.
country-il = Izrael
country-pl = Polska
country-it = Włochy
country-ua = Ukraina
country-ru = Rosja
id-kind-il-company = numer spółki lub przedsiębiorcy
id-kind-pl-nip = numer identyfikacji podatkowej
id-kind-pl-regon = numer statystyczny
id-kind-it-partita-iva = numer VAT
id-kind-it-codice-fiscale = osobisty kod podatkowy
id-kind-ua-edrpou = kod rejestrowy osoby prawnej
id-kind-ua-rnokpp = osobisty numer podatkowy
id-kind-ru-inn = numer podatnika
id-kind-other = identyfikator

## Verify screen
verify-title = Sprawdź podpisany dokument
verify-intro = Wybierz podpisany PDF albo dowolny plik, obok którego leży jego podpis (.p7s). SealDesk sprawdza, czy od podpisania nic nie zmieniono, kto i kiedy podpisał oraz czy certyfikat podpisującego prowadzi do zaufanej pieczęci lub urzędu certyfikacji.
verify-file = Podpisany dokument
verify-signature-file = Osobny plik podpisu (opcjonalnie)
verify-signature-hint = Zostaw puste, gdy podpis jest wewnątrz pliku PDF albo jest plikiem .p7s o tej samej nazwie obok dokumentu.
verify-run = Sprawdź
verify-verdict-valid = Podpis jest ważny.
verify-verdict-valid-with-warnings = Podpis jest ważny, z uwagą poniżej.
verify-verdict-invalid = Podpis NIE jest ważny. Nie traktuj tego dokumentu jako podpisanego.
verify-verdict-unsigned = Ten dokument nie ma podpisu. Nie został podpisany albo podpis usunięto.
verify-format-pades = { $name }: podpisy wewnątrz pliku PDF
verify-format-cades = { $name }: osobny plik podpisu (.p7s)
verify-signature-n = Podpis { $n }
verify-signer = Podpisał(a)
verify-signer-unknown = nieznany (brak certyfikatu podpisującego)
verify-signed-at = Data podpisu
verify-signed-at-unknown = nie podano
verify-coverage = Obejmuje
verify-covers-whole-file = cały plik w obecnej postaci
verify-covers-signed-version = plik w postaci z chwili podpisu; później dodano do niego zmiany
verify-covers-part = tylko część pliku
verify-trust-anchor = Zaufanie przez
verify-trust-anchor-none = żaden zaufany certyfikat (pieczęć firmy ani główny certyfikat, któremu zaufano)
verify-signature-fine = Z tym podpisem wszystko w porządku.
# PDF signing (PAdES)
error-pdf-encrypted = { $path } to zaszyfrowany plik PDF. Przed podpisaniem usuń hasło (zapisz niezabezpieczoną kopię).
error-pdf-no-changes-allowed = { $path } ma certyfikację „bez zmian”; kolejny podpis unieważniłby tę certyfikację.
error-pdf-unreadable = Nie można odczytać { $path } jako pliku PDF: { $reason }
error-pdf-header-not-at-start = { $path } otwiera się w czytnikach PDF, ale nie zaczyna się od nagłówka %PDF-, więc nie da się go bezpiecznie podpisać wewnątrz. Otwórz go w czytniku PDF i zapisz ponownie albo podpisz go osobnym plikiem .p7s.
error-pdf-detached-output-named-pdf = { $path } kończy się na .pdf, a osobny podpis nie jest plikiem PDF. Wybierz nazwę kończącą się na .p7s.
error-pdf-signed-output-not-named-pdf = { $path } nie kończy się na .pdf, a podpisany PDF jest plikiem PDF. Wybierz nazwę kończącą się na .pdf.
error-sign-output-name-invalid = „{ $name }” nie jest nazwą pliku. Podaj nazwę bez folderów; plik zostanie zapisany obok dokumentu.
error-sign-not-this-signed-copy = { $path } nie jest tym dokumentem podpisanym tym certyfikatem, więc nie został wysłany.
## Verifying signatures
error-verify-signature-missing = Nie ma pliku podpisu { $path }. Wskaż plik podpisu.
error-verify-not-cms = { $path } nie jest plikiem podpisu (.p7s) albo jest uszkodzony.
error-verify-not-valid = Podpisy dokumentu { $path } są nieważne.
verify-problem-digest-mismatch = Dokument został zmieniony po podpisaniu.
verify-problem-signature-invalid = Podpis jest nieprawidłowy: nie pasuje do klucza podpisującego.
verify-problem-signer-certificate-missing = Certyfikatu podpisującego nie ma ani w podpisie, ani w SealDesk, więc podpisu nie można sprawdzić.
verify-problem-untrusted-chain = Certyfikat podpisującego nie został wystawiony przez pieczęć firmy ani przez zaufany urząd certyfikacji.
verify-problem-signer-expired = Certyfikat podpisującego był nieważny (wygasł).
verify-problem-signer-not-yet-valid = Certyfikat podpisującego nie był jeszcze ważny.
verify-problem-signer-revoked = Certyfikat podpisującego został unieważniony.
verify-problem-seal-invalid = Pieczęć lub urząd certyfikacji, który wystawił certyfikat podpisującego, został unieważniony lub wygasł.
verify-problem-content-added-after = Po ostatnim podpisie coś dodano do dokumentu.
verify-problem-no-signing-certificate-attribute = Podpis nie wskazuje swojego certyfikatu w podpisanych danych (sama treść jest nienaruszona).
verify-problem-signing-certificate-mismatch = Podpis wskazuje inny certyfikat niż ten, którym go złożono.
verify-problem-weak-algorithm = Podpis używa przestarzałego algorytmu (SHA-1), który nie jest już bezpieczny.
verify-problem-unsupported-algorithm = Podpis używa algorytmu, którego SealDesk nie potrafi sprawdzić.
verify-problem-byte-range-invalid = Opis podpisanej części pliku PDF w podpisie jest błędny lub uszkodzony.
verify-problem-unsupported-signature-type = Tego rodzaju podpisu PDF (np. znacznika czasu dokumentu) SealDesk nie sprawdza.
verify-problem-no-signature = Dokument nie ma podpisu.
verify-problem-modified-after-signing = Po złożeniu tego podpisu dokument zmieniono w sposób, na który podpis nie zezwala (więcej niż dodanie podpisów).
verify-problem-key-usage-not-for-signing = Certyfikat podpisującego nie jest przeznaczony do podpisywania dokumentów (jego użycie klucza nie obejmuje niezaprzeczalności), np. certyfikat logowania do portalu.
verify-modification = { $change ->
    [deleted] Usunięto
   *[changed] Zmieniono
}: { $role ->
    [catalog] katalog dokumentu
    [page-tree] drzewo stron
    [page] strona { $page }
    [page-content] treść strony { $page }
    [form] formularz
    [form-field] pole formularza
    [annotation] adnotacja
    [signature] słownik podpisu
    [font] czcionka
   *[object] inny obiekt
} (obiekt { $object })

## Mail: outgoing server settings, credential store, connection test
audit-smtp-saved = Zapisano serwer poczty wychodzącej: { $host } port { $port } ({ $security })
error-mail-header-injection = Pole { $field } musi mieścić się w jednym wierszu.
error-mail-header-control = Pole { $field } zawiera znak sterujący (np. tabulator, escape lub dzwonek). Usuń go.
error-mail-attachment-name-bidi = Nazwa załącznika { $name } zawiera znak zmieniający kierunek tekstu, więc wyświetlałaby się w innej kolejności, niż jest naprawdę. Zmień nazwę pliku.
error-mail-invalid-address = { $value } w polu { $field } nie jest poprawnym adresem e-mail.
error-mail-invalid-host = { $host } nie jest poprawną nazwą serwera.
error-mail-invalid-port = Port musi być liczbą od 1 do 65535.
error-mail-plain-not-allowed = Połączenie bez szyfrowania wysyła hasło otwartym tekstem. Wybierz TLS lub STARTTLS albo wyraźnie potwierdź połączenie bez szyfrowania.
error-mail-unknown-security = Nieznany tryb zabezpieczeń { $value }; użyj tls, starttls lub none.
error-mail-unknown-auth = Nieznana metoda logowania { $value }; użyj plain, login, xoauth2 lub none.
error-mail-password-required = Logowanie wymaga nazwy użytkownika oraz hasła lub tokenu.
error-mail-not-configured = Serwer poczty wychodzącej nie jest jeszcze skonfigurowany.
error-mail-credential-store-unavailable = Nie można użyć systemowego magazynu haseł ({ $detail }). Odblokuj go lub uruchom i spróbuj ponownie.
error-mail-credential-missing = Systemowy magazyn haseł nie ma hasła dla { $account }. Wpisz hasło ponownie.
error-mail-ca-file-invalid = { $path } nie jest certyfikatem CA w formacie PEM.
error-mail-bcc-not-allowed = { $provider } odrzuca wiadomości z ukrytymi odbiorcami (UDW); usuń adres UDW.
error-mail-test-failed = Test połączenia nie powiódł się na etapie { $step }.
# Mail outbox
error-mail-no-recipients = Wiadomość nie ma odbiorcy. Podaj co najmniej jeden adres Do, DW lub UDW.
error-mail-message-too-large = Wiadomość miałaby około { $size } bajtów, więcej niż { $limit } bajtów przyjmowanych przez wiele serwerów poczty. Wyślij mniejsze załączniki lub potwierdź, że mimo to chcesz ją wysłać.
error-mail-compose-failed = Nie udało się zbudować wiadomości: { $detail }
error-mail-outbox-not-found = W skrzynce nadawczej nie ma wiadomości { $id }.
error-mail-spool-invalid = Wiadomość w kolejce { $path } nie jest zwykłym plikiem folderu skrzynki nadawczej (to dowiązanie albo podmieniony plik), więc nie została wysłana. Anuluj ją i napisz ponownie.
error-mail-outbox-wrong-state = Wiadomość { $id } ma stan { $state }; tego nie można teraz zrobić.
error-mail-outcome-unknown = Wysyłanie zostało przerwane, gdy serwer odbierał wiadomość, więc mogła ona dotrzeć. Sprawdź u odbiorcy, a potem wyślij ją ponownie lub anuluj.
error-mail-server-unreachable = { $reason ->
    [connection-refused] Serwer poczty odrzucił połączenie: na tym porcie nic nie odpowiada. Sprawdź port i ustawienie zabezpieczeń.
    [host-not-found] Nie znaleziono nazwy serwera poczty. Sprawdź nazwę serwera i czy komputer jest połączony z internetem.
    [timed-out] Serwer poczty nie odpowiedział na czas. Sprawdź połączenie z internetem i czy zapora nie blokuje portu.
    [network-unreachable] Sieć serwera poczty jest nieosiągalna. Sprawdź połączenie z internetem.
    [connection-reset] Serwer poczty zamknął połączenie.
    [tls] Nie udało się nawiązać bezpiecznego połączenia z serwerem poczty. Sprawdź ustawienie zabezpieczeń.
    [no-starttls] Serwer poczty nie oferuje na tym porcie bezpiecznego połączenia (STARTTLS). Sprawdź port i ustawienie zabezpieczeń.
   *[other] Nie można połączyć się z serwerem poczty.
}
error-mail-auth-refused = Serwer poczty odrzucił logowanie ({ $reply }). Sprawdź nazwę użytkownika i hasło w ustawieniach poczty.
error-mail-deferred = Serwer poczty poprosił o późniejszą próbę ({ $reply }).
error-mail-rejected = Serwer poczty odrzucił wiadomość ({ $reply }). Sprawdź adresy i załączniki.
error-mail-connection-lost = { $reason ->
    [connection-refused] Serwer poczty odrzucił połączenie: na tym porcie nic nie odpowiada. Sprawdź port i ustawienie zabezpieczeń.
    [host-not-found] Nie znaleziono nazwy serwera poczty. Sprawdź nazwę serwera i czy komputer jest połączony z internetem.
    [timed-out] Serwer poczty nie odpowiedział na czas. Sprawdź połączenie z internetem i czy zapora nie blokuje portu.
    [network-unreachable] Sieć serwera poczty jest nieosiągalna. Sprawdź połączenie z internetem.
    [connection-reset] Serwer poczty zamknął połączenie.
    [tls] Nie udało się nawiązać bezpiecznego połączenia z serwerem poczty. Sprawdź ustawienie zabezpieczeń.
    [no-starttls] Serwer poczty nie oferuje na tym porcie bezpiecznego połączenia (STARTTLS). Sprawdź port i ustawienie zabezpieczeń.
   *[other] Połączenie z serwerem poczty zostało zerwane.
}
# Mail templates
error-mail-template-unknown-placeholder = Nieznany symbol zastępczy { "{" }{ $name }{ "}" } w { $part ->
        [subject] temacie
        [html] wersji HTML
       *[text] treści wiadomości
    }. Użyj recipient, company, sender, document, certificate, valid_until, login lub cert_password.
error-mail-template-unbalanced-brace = Nawias klamrowy bez pary w { $part ->
        [subject] temacie
        [html] wersji HTML
       *[text] treści wiadomości
    }. Aby wstawić sam nawias, napisz { "{" }{ "{" } lub { "}" }{ "}" }.
error-mail-template-value-missing = Nie podano wartości dla symbolu { "{" }{ $name }{ "}" }.
error-mail-template-multiline-value = Wartość { "{" }{ $name }{ "}" } trafia do tematu i musi mieścić się w jednym wierszu.
error-mail-template-unknown-kind = Nieznany szablon { $kind }. Użyj signed-document, portal-certificate, portal-password lub renewal-request.
error-mail-template-password-required = Szablon portal-password musi zawierać { "{" }cert_password{ "}" }.
error-mail-template-password-forbidden = Szablon { $kind } nie może zawierać { "{" }cert_password{ "}" }: hasło wysyła się w osobnej wiadomości.
error-mail-template-password-in-subject = { "{" }cert_password{ "}" } może być tylko w treści wiadomości z hasłem do portalu, nie w temacie: tematy widać na listach i w powiadomieniach.
error-mail-template-empty = { $part ->
    [subject] Temat szablonu nie może być pusty.
    [html] Wersja HTML szablonu nie może być pusta.
   *[text] Treść szablonu nie może być pusta.
}
error-smtp-dns = Nie znaleziono serwera o tej nazwie. Sprawdź pisownię nazwy serwera i czy komputer ma dostęp do internetu.
error-smtp-connect = Serwer nie odpowiada na tym porcie. Sprawdź port i zabezpieczenia (465 z TLS, 587 ze STARTTLS) oraz czy zapora sieciowa go nie blokuje.
error-smtp-tls-untrusted = Certyfikat serwera nie pochodzi od zaufanego wystawcy. Jeśli dział IT używa własnego CA, dodaj plik jego certyfikatu; w przeciwnym razie nie używaj tego serwera.
error-smtp-tls-hostname = Certyfikat serwera jest wystawiony na inną nazwę. Użyj dokładnej nazwy serwera podanej przez dostawcę (nie aliasu ani adresu IP).
error-smtp-tls-no-starttls = Serwer nie oferuje STARTTLS. Wybierz TLS na porcie 465 lub zapytaj dostawcę o właściwe ustawienia.
error-smtp-tls = Nie udało się nawiązać bezpiecznego połączenia. Sprawdź port i zabezpieczenia (465 z TLS, 587 ze STARTTLS).
error-smtp-auth = Serwer odrzucił nazwę użytkownika lub hasło. Sprawdź oba; niektórzy dostawcy wymagają pełnego adresu jako nazwy użytkownika.
error-smtp-auth-app-password = Dostawca wymaga hasła do aplikacji: włącz weryfikację dwuetapową w ustawieniach bezpieczeństwa konta, utwórz hasło do aplikacji i wpisz je tutaj.
error-smtp-auth-disabled = Logowanie hasłem (SMTP AUTH) jest wyłączone dla tego konta. Poproś administratora o jego włączenie albo użyj OAuth2.
error-smtp-auth-oauth = Dostawca odrzucił token logowania OAuth2; mógł wygasnąć lub nie mieć uprawnień do poczty. Zaloguj się ponownie u dostawcy.
error-smtp-sender = Serwer odrzucił adres nadawcy. Użyj adresu konta, na które się logujesz, lub takiego, z którego dostawca pozwala wysyłać.
error-smtp-done = Połączenie działa: serwer przyjął logowanie i adres nadawcy.
# Batch renewal.
error-renewal-invalid-phone = { $value } nie jest numerem telefonu: użyj cyfr, opcjonalnego + na początku, spacji lub myślników, od 9 do 15 cyfr.
error-renewal-forbidden-email = Adres e-mail tych certyfikatów należy do zabronionej domeny; podaj nowy adres dla każdego: { $certificates }.
error-renewal-not-renewable = Certyfikatu { $id } nie można odnowić ({ $reason }).
error-renewal-start-after-expiry = Nowy certyfikat dla { $id } nie może zaczynać się { $date }, po wygaśnięciu starego.
error-renewal-no-certificates = Wybierz co najmniej jeden certyfikat do odnowienia.
error-renewal-run-not-found = Nie ma odnowienia { $id }.
error-renewal-no-match = Certyfikat w { $path } nie odpowiada na żaden wniosek o odnowienie.
error-renewal-wrong-state = Odnowienie certyfikatu { $id } jest na etapie „{ $state }”; ten krok nie jest teraz możliwy.
error-renewal-delivery-unsupported = { $method } nie jest sposobem wysyłki wniosków. Użyj export:FOLDER lub mail:ADRES.
error-renewal-run-busy = Odnowienie { $id } jest właśnie wykonywane przez inne okno lub polecenie SealDesk; poczekaj, aż się zakończy.
# Dokumenty odnowienia.
error-document-font = Nie można użyć czcionki dokumentów ({ $reason }); zainstaluj SealDesk ponownie.
error-renewal-nothing-installed = Żaden nowy certyfikat z odnowienia { $id } nie jest jeszcze zainstalowany; najpierw zaimportuj wydane certyfikaty.
error-renewal-not-a-receipt = { $path } nie jest potwierdzeniem dla wniosku o odnowienie certyfikatu { $id }: nie wskazuje tego wniosku.
error-renewal-receipt-duplicate = { $path } został już zaimportowany jako potwierdzenie { $number }.
error-renewal-notification-format = { $value } nie jest formatem zawiadomienia: użyj pdf lub csv.
renewal-file-card = Karta przystąpienia
renewal-file-receipt1 = Potwierdzenie 1
renewal-file-receipt2 = Potwierdzenie 2
renewal-card = Karta przystąpienia
renewal-card-hint = Karta przystąpienia do umowy centrum certyfikacji o przetwarzaniu danych jest podpisywana obecnym certyfikatem { $name }, który musi być jeszcze ważny.
renewal-card-secret-kind = Obecny klucz chroni
renewal-document-lang = Język dokumentu
renewal-card-sign = Podpisz kartę przystąpienia
renewal-card-written = Karta przystąpienia podpisana i zapisana jako { $file }.
renewal-receipt-file = Importuj plik potwierdzenia
renewal-receipt-file-title = Potwierdzenie od centrum certyfikacji
renewal-receipt-file-filter = Potwierdzenia
renewal-receipt-file-imported = Potwierdzenie zaimportowane; stan wniosku: { $state }.
renewal-notification = Zawiadomienie dla urzędu skarbowego
renewal-notification-hint = Wymienia zainstalowane nowe certyfikaty z dyrektorem, numerem podatkowym, numerem seryjnym, ważnością i wystawcą.
renewal-notification-format = Format
renewal-notification-export = Eksportuj zawiadomienie…
renewal-notification-title = Zapisz zawiadomienie
renewal-notification-written = Zawiadomienie o { $count } certyfikatach zapisane jako { $file }.

# Renewal screens.
renewal-tab-due = Do odnowienia
renewal-tab-history = Historia przebiegów
renewal-tab-prices = Ceny
renewal-within = Wygasające w ciągu (dni)
renewal-issuer = Wystawca
renewal-issuer-all = Wszyscy wystawcy
renewal-search = Szukaj
renewal-count = Pokazano: { $shown } z { $total }. Wybrano: { $selected }.
renewal-none = Żaden certyfikat z kluczem nie wygasa w ciągu { $days } dni.
renewal-col-choose = Wybierz
renewal-col-holder = Posiadacz
renewal-col-issuer = Wystawca
renewal-col-email = E-mail
renewal-col-expires = Wygasa
renewal-col-start = Początek nowego certyfikatu
renewal-col-state = Stan
renewal-col-files = Pliki
renewal-col-actions = Działania
renewal-actions-of = Działania dla: { $name }
renewal-col-run = Przebieg
renewal-col-date = Data
renewal-col-items = Pozycje
renewal-choose-one = Wybierz: { $name }
renewal-select-all = Wybierz wszystkie widoczne
renewal-in-run = w przebiegu { $id }
renewal-days-left = pozostało dni: { $days }
renewal-days-ago = wygasł { $days } dni temu
renewal-renew-selected = Odnów wybrane ({ $count })
renewal-no-runs = Nie ma jeszcze żadnego przebiegu odnowienia.
renewal-open = Otwórz
renewal-wizard-title = Odnawianie certyfikatów: { $count }
renewal-step-details = Szczegóły
renewal-step-secrets = Hasła i dostarczenie
renewal-contact = Osoba kontaktowa
renewal-phone = Telefon kontaktowy
renewal-expires = wygasa { $date }
renewal-email-forbidden = CA odrzuca adresy w tej domenie: podaj inny.
renewal-start-all = Jedna data początku dla wszystkich (opcjonalnie)
renewal-start-hint = Domyślnie każdy nowy certyfikat zaczyna się 3 dni przed wygaśnięciem starego; nigdy po nim.
renewal-term = Okres ważności
renewal-term-years = { $years ->
        [one] { $years } rok
        [few] { $years } lata
        [many] { $years } lat
       *[other] { $years } roku
    }
renewal-algorithm = Algorytm klucza
renewal-algorithm-same = Taki jak stary klucz
renewal-destination = Gdzie trafiają nowe klucze
renewal-dest-folder = Pliki kluczy w folderze
renewal-dest-token = Token
renewal-key-dir = Folder na nowe klucze i wnioski
renewal-choose = Wybierz…
renewal-new-password = Hasło nowych plików kluczy
renewal-new-password2 = Powtórz hasło
renewal-password-mismatch = Hasła się różnią.
renewal-token-label = Etykieta tokena
renewal-token-pin = PIN tokena
renewal-back = Wstecz
renewal-missing-contact = podaj osobę do kontaktu
renewal-missing-phone = podaj poprawny numer telefonu
renewal-missing-phrase = wpisz dwa razy to samo hasło blokady
renewal-missing-items = popraw zaznaczone adresy e-mail i daty początku
renewal-missing-key-dir = wybierz folder na nowe klucze
renewal-missing-password = wpisz dwa razy to samo hasło nowych kluczy
renewal-missing-token = podaj token i jego PIN
renewal-missing-delivery = wybierz folder eksportu lub podaj adres CA
renewal-missing-old = podaj hasła lub PIN-y starych kluczy
renewal-old-intro = Stare certyfikaty podpisują wnioski: podaj ich hasła lub PIN-y.
renewal-old-shared = Jedno hasło dla wszystkich starych kluczy
renewal-old-secret = Hasło lub PIN starych kluczy
renewal-old-secret-of = Hasło lub PIN: { $name }
renewal-old-pin-of = PIN: { $name }
renewal-export-dir = Folder na koperty wniosków
renewal-deliver = Jak wnioski trafią do CA
renewal-deliver-export = Zapisz je w folderze (do przesłania samodzielnie)
renewal-deliver-mail = Wyślij je do CA e-mailem przez skrzynkę nadawczą
renewal-ca-address = Adres CA do wniosków o odnowienie
renewal-ca-language = Język listu
renewal-deliver-mail-hint = Każdy wniosek trafia raz do skrzynki nadawczej z szablonem „wniosek o odnowienie”; skrzynka go wysyła i ponawia próbę, gdy serwer jest nieosiągalny.
renewal-deliver-mail-to = Wnioski są wysyłane e-mailem na adres { $address }.
renewal-file-mailed = Wysłano e-mailem na adres
renewal-mail-state-queued = czeka w skrzynce nadawczej
renewal-mail-state-sending = wysyłanie
renewal-mail-state-sent = wysłano
renewal-mail-state-failed = nie wysłano: zobacz skrzynkę nadawczą
renewal-mail-state-cancelled = anulowano w skrzynce nadawczej
renewal-export-hint = Prześlij koperty z tego folderu do CA lub wyślij je samodzielnie.
renewal-start = Start
renewal-run-title = Przebieg odnowienia { $id }
renewal-run-summary = Zaplanowano { $date } · kontakt { $contact }, { $phone } · { $years ->
        [one] { $years } rok
        [few] { $years } lata
        [many] { $years } lat
       *[other] { $years } roku
    }
renewal-progress = Tworzenie wniosków
renewal-stop = Zatrzymaj po tym certyfikacie
renewal-file-key = Nowy klucz
renewal-file-envelope = Koperta
renewal-file-sent = Wyeksportowano do
renewal-show = Pokaż w folderze
renewal-receipt1 = Otrzymano potwierdzenie 1
renewal-receipt2 = Otrzymano potwierdzenie końcowe
renewal-retry = Ponów nieudane ({ $count })
renewal-retry-title = Ponów nieudane certyfikaty
renewal-new-secret = Hasło nowych plików kluczy (lub PIN tokena)
renewal-cancel-retry = Anuluj
renewal-import = Importuj wystawione certyfikaty
renewal-import-hint = Pliki z CA z nowymi certyfikatami (PEM lub DER); każdy zostanie dopasowany do swojego wniosku.
renewal-import-path = Ścieżka pliku certyfikatu
renewal-import-go = Importuj
renewal-import-title = Wystawione certyfikaty
renewal-import-filter = Certyfikaty
renewal-imported = Zainstalowane certyfikaty: { $count }.
renewal-state-planned = zaplanowany
renewal-state-formed = utworzony
renewal-state-sent = wysłany
renewal-state-exported = wyeksportowany
renewal-state-mailed = wysłany e-mailem
renewal-state-receipt1 = potwierdzenie 1
renewal-state-receipt2 = potwierdzenie końcowe
renewal-state-issued = wystawiony
renewal-state-installed = zainstalowany
renewal-state-failed = błąd
renewal-state-cancelled = anulowany
renewal-col-price = Cena
renewal-no-price = brak ustawionej ceny
renewal-total = Razem: { $amount }
renewal-unpriced = Bez ceny: { $count }
renewal-prices-title = Cennik odnowień
renewal-prices-hint = Ile każde CA pobiera za odnowienie certyfikatu; kreator sumuje przebieg według tych cen. Nazwij CA tak, jak jego certyfikaty nazywają wystawcę.
renewal-prices-none = Nie ma jeszcze żadnej ceny.
renewal-price-set-title = Ustal cenę
renewal-price-ca = CA (wystawca certyfikatów)
renewal-price-amount = Kwota
renewal-price-currency = Waluta
renewal-price-currency-hint = Trzy litery, np. UAH, PLN, EUR lub ILS.
renewal-price-save = Zapisz cenę
renewal-price-saved = Cena zapisana: { $ca }, { $term }, { $amount }.
renewal-price-remove = Usuń
renewal-price-remove-of = Usuń cenę { $ca } na { $term }
renewal-price-removed = Cena usunięta: { $ca }, { $term }.
renewal-phrase = Hasło do blokowania przez telefon (opcjonalnie)
renewal-phrase2 = Powtórz hasło blokowania
renewal-phrase-hint = Przechowywane tylko w magazynie poświadczeń systemu; nie jest pokazywane ponownie, chyba że o to poprosisz.
renewal-phrase-mismatch = Hasła blokowania się różnią.
renewal-phrase-stored = Hasło do blokowania przez telefon jest w magazynie poświadczeń systemu.
renewal-cancel-rest = Anuluj pozostałe
renewal-cancel-item = Anuluj
renewal-phrase-show = Pokaż hasło do blokowania przez telefon
renewal-phrase-hide = Ukryj hasło
# Batch renewal: price list, phrase, cancelling.
error-renewal-amount-required = Wpisz kwotę, np. 1234,50.
error-renewal-price-ca-required = Podaj CA, którego dotyczy cena.
error-renewal-invalid-amount = { $value } nie jest kwotą: zapisz ją jak 1234.50.
error-renewal-invalid-currency = { $value } nie jest kodem waluty: użyj trzech liter, np. UAH, PLN, EUR, ILS.
error-renewal-price-not-found = Brak ceny dla { $ca } na { $term_years } lata.
error-renewal-phrase-missing = Hasła do blokady telefonicznej odnowienia { $id } nie ma w magazynie poświadczeń.
error-renewal-item-not-found = Certyfikat { $id } nie należy do odnowienia { $run }.
error-portal-contractor-not-found = W tej firmie nie ma kontrahenta { $code }.
error-portal-contractor-code-taken = Ta firma ma już kontrahenta z kodem { $code }.
error-portal-user-not-found = W tej firmie nie ma użytkownika portalu { $id }.
error-portal-missing = Brak { $field ->
        [code] kodu
        [login] loginu
        [email] adresu e-mail
       *[other] nazwy
    }.
error-portal-invalid-email = { $value } nie jest adresem e-mail.
error-portal-unknown-language = { $value } nie jest językiem, w którym pisze SealDesk (en, pl, he, it, ru, uk).
error-portal-duplicate-login = Kontrahent { $contractor } ma już login { $login }.
error-portal-bad-header = Pierwszy wiersz musi być nagłówkiem { $expected }.
error-portal-wrong-field-count = Wiersz ma { $found } pól zamiast { $expected }.
error-portal-import-refused = Błędne wiersze pliku: { $count }; nic nie zaimportowano.
error-portal-not-csv = Plik nie jest tekstem CSV w UTF-8.
error-portal-interrupted = Przebieg przerwano po wysłaniu certyfikatu użytkownika portalu { $id }, więc jego hasło przepadło. Wyślij temu użytkownikowi nowy certyfikat.
error-quota-reached = Osiągnięto maksymalną liczbę aktywnych certyfikatów: aktywnych { $active }, limit { $quota }, potrzeba jeszcze { $wanted }. Nic nie zostało wystawione.
warning-renewal-start-close-to-expiry = Nowy certyfikat dla { $id } zaczyna obowiązywać { $date }, mniej niż 2 dni przed wygaśnięciem starego ({ $expiry }); urząd skarbowy może nie zostać powiadomiony na czas.
# Poczta: ustawienia serwera wychodzącego i test połączenia.
mail-settings-title = Serwer poczty wychodzącej
mail-not-configured = Serwer poczty wychodzącej nie jest jeszcze skonfigurowany. Skonfiguruj go, aby wysyłać podpisane dokumenty e-mailem.
mail-set-up = Skonfiguruj
mail-change = Zmień
mail-saved = Serwer poczty wychodzącej został zapisany.
mail-wizard-title = Poczta wychodząca
mail-save = Zapisz
mail-step-sender-title = Nadawca i serwer
mail-step-login-title = Logowanie
mail-step-test-title = Test i zapis
mail-from-address = Adres nadawcy
mail-from-name = Nazwa nadawcy
mail-provider-detected = Znaleziono ustawienia { $name } dla tego adresu:
mail-provider-unknown = Tego dostawcy nie ma w tabeli: wpisz ustawienia jego serwera.
mail-server-source = Serwer
mail-use-detected = Użyj tych ustawień
mail-manual = Wpisz serwer ręcznie
mail-host = Serwer
mail-port = Port
mail-security = Zabezpieczenie
mail-security-tls = TLS (szyfrowane od początku)
mail-security-starttls = STARTTLS (szyfrowanie wymagane)
mail-security-none = Brak (bez szyfrowania)
mail-auth = Metoda logowania
mail-auth-plain = Nazwa użytkownika i hasło (standardowo)
mail-auth-login = Nazwa użytkownika i hasło (starsza metoda)
mail-auth-xoauth2 = Token OAuth2
mail-auth-none = Bez logowania
mail-plain-warning = Bez szyfrowania hasło i każda wiadomość są przesyłane jawnym tekstem: każdy w sieci może je przeczytać. Używaj tego tylko dla serwera przekazującego we własnej sieci.
mail-plain-confirm = Rozumiem i chcę połączenia bez szyfrowania
mail-user = Nazwa użytkownika
mail-password = Hasło
mail-token = Token OAuth2
mail-password-hint = Przechowywane tylko w systemowym magazynie haseł, nigdy w plikach SealDesk.
mail-password-saved-keep = Dla tego loginu zapisano hasło; zostaw pole puste, aby je zachować.
mail-password-saved = Zapisane w systemowym magazynie haseł
mail-password-missing = Nie ma go w systemowym magazynie haseł: wpisz je ponownie
mail-no-login = Ten serwer nie wymaga logowania.
mail-bcc-self = Wysyłaj mi ukrytą kopię każdej wiadomości
mail-eml-dir = Folder na kopie wysłanych wiadomości (.eml)
mail-eml-dir-hint = Opcjonalnie: każda wysłana wiadomość zostanie tam również zapisana.
mail-ca-file = Dodatkowy certyfikat CA dla tego serwera (PEM)
mail-ca-file-hint = Tylko gdy dział IT ma własny urząd certyfikacji.
mail-test-hint = Test łączy się, loguje i podaje adres nadawcy, niczego nie wysyłając.
mail-test-detail = Szczegóły techniczne (dla pomocy technicznej)
mail-test-failed-warning = Test się nie powiódł: z tymi ustawieniami SealDesk prawdopodobnie nie wyśle poczty. Popraw je i przetestuj ponownie albo zapisz mimo to, jeśli serwer jest teraz nieosiągalny z tego komputera.
mail-save-failed-confirm = Zapisz te ustawienia mimo nieudanego testu
mail-test = Testuj połączenie
mail-testing = Testowanie…
mail-step-dns = Krok: wyszukiwanie serwera
mail-step-connect = Krok: łączenie
mail-step-tls = Krok: bezpieczne połączenie
mail-step-auth = Krok: logowanie
mail-step-sender = Krok: adres nadawcy
mail-step-done = Wszystkie kroki zakończone powodzeniem
validation-mail-host-required = Wpisz nazwę serwera lub wybierz wykryte ustawienia.
validation-mail-plain-confirm = Potwierdź połączenie bez szyfrowania lub wybierz TLS albo STARTTLS.
validation-mail-test-failed-confirm = Test połączenia się nie powiódł. Popraw ustawienia i przetestuj ponownie albo potwierdź, że chcesz je zapisać mimo to.
validation-mail-user-required = Wpisz nazwę użytkownika.
validation-mail-password-required = Wpisz hasło.
mail-note-app-password = Wymaga hasła aplikacji: włącz weryfikację dwuetapową, a potem utwórz je w ustawieniach bezpieczeństwa konta.
mail-note-oauth-only = Przyjmuje tylko logowanie OAuth2; zwykłe hasło jest odrzucane.
mail-note-tenant-may-disable-smtp-auth = Administrator organizacji mógł wyłączyć logowanie SMTP (serwer odpowiada 535 5.7.139).
mail-note-enable-mail-programs = Najpierw włącz dostęp dla programów pocztowych w ustawieniach poczty w przeglądarce.
mail-note-login-local-part = Login to część adresu przed znakiem @.
mail-note-login-user-id = Login to identyfikator nadany przez dostawcę, a nie adres.
mail-note-bridge-only = Proton Mail wysyła tylko przez Proton Mail Bridge działający na tym komputerze (plany płatne); użyj serwera, portu i hasła pokazanych przez Bridge.
mail-note-pec-bcc-refused = Poczta certyfikowana (PEC): wiadomości z ukrytymi odbiorcami są odrzucane; dowodem wysłania są potwierdzenia PEC.
mail-note-pec-mail-program-password = Przy logowaniu dwuetapowym potrzebne jest osobne hasło dla programów pocztowych; wygasa co 3 miesiące.
mail-note-rate-limited = Dostawca ogranicza liczbę wiadomości wysyłanych na minutę.
mail-note-no-automated-sending = Umowa zabrania automatycznej wysyłki bez bezpośredniego działania użytkownika.
mail-note-isp-relay-only = Stary serwer przekazujący dostawcy Internetu: działa tylko z jego własnej sieci, bez szyfrowania. Aktualne oficjalne ustawienia nie są znane; zapytaj dostawcę.
mail-note-server-is-domain = Nazwa serwera to serwer poczty Twojej domeny, widoczny w panelu hostingu.

## Mail templates, outbox and sending a document by e-mail
tpl-title = Szablony wiadomości
tpl-intro = Treść wiadomości wysyłanych przez SealDesk, według rodzaju i języka. Pola w nawiasach klamrowych są uzupełniane dla każdej wiadomości.
tpl-kind = Wiadomość
tpl-kind-signed-document = Podpisany dokument
tpl-kind-portal-certificate = Plik certyfikatu do portalu
tpl-kind-portal-password = Hasło do certyfikatu portalu
tpl-kind-renewal-request = Wniosek o odnowienie
tpl-language = Język
tpl-customized = Używana jest Twoja własna treść.
tpl-default = Używana jest treść domyślna.
tpl-placeholders = Pola (kliknij, aby wstawić w miejscu kursora)
tpl-insert = Wstaw { $name }
tpl-subject = Temat
tpl-text = Treść
tpl-html = HTML (opcjonalnie)
tpl-html-hint = Zostaw puste, aby HTML powstał z treści.
tpl-preview = Podgląd
tpl-preview-title = Podgląd z przykładowymi danymi
tpl-save = Zapisz szablon
tpl-reset = Przywróć domyślny
tpl-saved = Szablon został zapisany.
tpl-reset-done = Przywrócono treść domyślną.
outbox-title = Skrzynka nadawcza
outbox-refresh = Odśwież
outbox-send-now = Wyślij teraz
outbox-sending = Wysyłanie…
outbox-empty = Skrzynka nadawcza jest pusta.
outbox-col-to = Odbiorcy
outbox-col-subject = Temat
outbox-col-state = Stan
outbox-col-attempts = Próby
outbox-col-next = Następna próba / wysłano
outbox-col-actions = Działania
outbox-state-queued = Oczekuje
outbox-state-sending = Wysyłanie
outbox-state-sent = Wysłano
outbox-state-failed = Niepowodzenie
outbox-state-cancelled = Anulowano
outbox-retry = Ponów
outbox-cancel = Anuluj
outbox-cancel-confirm = Anulować wysyłkę „{ $subject }”? Wiadomość nie zostanie wysłana i nie można jej przywrócić do kolejki.
outbox-cancel-yes = Anuluj wysyłkę
outbox-send-now-due = Wysyłanie wiadomości: { $count }.
outbox-send-now-none-due = Teraz nic nie czeka na wysłanie. Następna wiadomość zostanie wysłana { $at }.
outbox-send-now-nothing = Nic nie czeka na wysłanie.
send-title = Wyślij { $name } e-mailem
send-intro = Plik zostanie podpisany certyfikatem { $signer } i umieszczony w skrzynce nadawczej.
send-to = Adres e-mail odbiorcy
send-to-hint = Kilka adresów można oddzielić przecinkami lub średnikami.
send-name = Imię i nazwisko odbiorcy
send-language = Język wiadomości
send-smime = Podpisz także samą wiadomość (S/MIME)
send-large-warning = Ten plik tworzy wiadomość większą, niż przyjmuje wiele serwerów pocztowych; odbiorca może jej nie otrzymać.
send-large-confirm = Mimo to wyślij
send-submit = Podpisz i wyślij
send-busy = Podpisywanie…
validation-send-to-required = Wpisz adres e-mail odbiorcy.
validation-send-name-required = Wpisz imię i nazwisko odbiorcy.
docs-send = Wyślij e-mailem
docs-sent = { $name } jest podpisany i czeka w skrzynce nadawczej.
docs-open-outbox = Otwórz skrzynkę nadawczą
send-intro-signed = Dokument podpisany certyfikatem { $signer } zostanie umieszczony w skrzynce nadawczej; klucz jest potrzebny ponownie tylko do podpisania samej wiadomości.
send-submit-signed = Wyślij
send-existing-legend = Co wysłać
send-existing-this = { $name } już istnieje: to ten dokument podpisany certyfikatem { $signer }.
send-existing-reuse = Wyślij tę podpisaną kopię bez zmian
send-existing-again = Podpisz ponownie do nowego pliku
send-existing-other = { $name } już istnieje, ale nie jest tym dokumentem podpisanym certyfikatem { $signer }. Pozostaje bez zmian; nowa podpisana kopia otrzyma inną nazwę.
send-output-name = Nazwa pliku nowej podpisanej kopii
send-output-name-hint = Zostanie zapisana w tym samym folderze co dokument.
audit-mail-queued = Wiadomość { $id } dodana do kolejki
audit-mail-sent = Wiadomość { $id } wysłana
audit-mail-retry = Wiadomość { $id } ponownie skierowana do wysłania
audit-mail-cancelled = Wiadomość { $id } anulowana
audit-mail-deferred = Wiadomość { $id } jeszcze niewysłana (próba { $attempts })
audit-mail-failed = Wysyłanie wiadomości { $id } nie powiodło się (próba { $attempts })
audit-mail-outcome-unknown = Wiadomość { $id }: wysyłanie zostało przerwane
audit-mail-template-saved = Szablon { $kind } ({ $language }) zapisany
audit-mail-template-reset = Szablon { $kind } ({ $language }) przywrócony do domyślnego
