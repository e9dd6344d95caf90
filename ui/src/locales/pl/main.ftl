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
nav-documents = Dokumenty
nav-mail = Poczta
nav-renewal = Odnowienia
nav-companies = Firmy
nav-settings = Ustawienia

## Ekrany, które są jeszcze puste

coming-title = Wkrótce
coming-identities = Tu zarejestrujesz tożsamości do podpisu: numer firmy sprawdzony według krajowej reguły, osobę podpisującą, wyświetlany adres e-mail i hasło podpisu; dokładnie jedna tożsamość jest aktywna do podpisywania.
coming-seal = Tu poprowadzisz pieczęć firmową: utworzysz ją na pliku klucza lub tokenie, zobaczysz jej historię i termin ważności, wystawisz certyfikaty do podpisu i dla użytkowników portalu oraz wyeksportujesz je jako PKCS#12.
coming-documents = Tu podpiszesz pliki PDF (PAdES) i dowolne inne pliki (.p7s), wiele naraz, oraz zweryfikujesz podpisane dokumenty.
coming-mail = Tu skonfigurujesz pocztę wychodzącą z tabeli dostawców, przetestujesz połączenie, zmienisz szablony i będziesz śledzić skrzynkę nadawczą.
coming-renewal = Tu odnowisz wiele wygasających certyfikatów w jednym wznawialnym przebiegu i prześledzisz każdy wniosek do końca.
coming-companies = Tu będziesz prowadzić klientów jako firmy, każdą z jej użytkownikami, certyfikatami, historią i raportami.

## Kreator

wizard-step-of = Krok { $current } z { $total }
wizard-steps-label = Postęp kreatora
wizard-summary = Sprawdź przed zakończeniem
wizard-working = Trwa praca…

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
validation-password-mismatch = Oba hasła nie są takie same.

## Siła hasła

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
unlock-password = Hasło administratora
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
audit-settings-changed = Zmieniono ustawienie: { $key } = { $value }
audit-store-backed-up = Utworzono kopię zapasową danych
audit-key-generated = Wygenerowano klucz: { $algorithm }, { $location }
audit-seal-created = Utworzono pieczęć firmy { $id }: { $organization }, lat: { $years }
audit-seal-revoked = Unieważniono pieczęć firmy { $id }
audit-seal-crl-published = Opublikowano listę unieważnień nr { $number } pieczęci { $id }
audit-cert-issued = Pieczęć { $seal } wystawiła certyfikat { $id } ({ $profile })
audit-cert-revoked = Unieważniono certyfikat { $id } ({ $reason })
audit-cert-imported = Zaimportowano certyfikaty
audit-cert-state-changed = Certyfikat { $id } ma teraz stan { $state }
audit-actor-administrator = Administrator

## Problemy przy uruchamianiu

startup-error-title = SealDesk nie może otworzyć swoich danych
startup-error-intro = Niczego nie zmieniono. Szczegóły:

## Błędy (jeden na stały kod błędu; kod „a.b-c” to komunikat „error-a-b-c”)

error-store-in-use = Dane SealDesk są używane przez inne okno lub polecenie SealDesk. Zamknij je albo poczekaj chwilę i spróbuj ponownie.
error-store-schema-too-new = Te dane zapisała nowsza wersja SealDesk (wersja formatu danych { $found }; ten program zna wersje do { $known }). Zainstaluj nowszy SealDesk.
error-store-corrupt = Plik { $path } jest uszkodzony albo nie jest magazynem SealDesk. Pozostawiono go bez zmian.
error-store-missing = W { $path } nie ma jeszcze danych SealDesk. Najpierw skonfiguruj SealDesk.
error-store-no-data-dir = Dla tego użytkownika nie jest znany folder danych aplikacji. Wskaż folder danych jawnie.
error-io = Nie można użyć { $path }: { $detail }
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
error-session-locked = SealDesk jest zablokowany. Odblokuj go hasłem administratora.
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
error-cert-invalid = To nie jest czytelny certyfikat: { $detail }
error-cert-nothing-to-import = Plik { $path } nie zawiera żadnego certyfikatu.
error-cert-key-mismatch = Klucz prywatny nie należy do tego certyfikatu.
error-cert-not-found = W SealDesk nie ma certyfikatu o numerze { $id }.
error-cert-already-revoked = Certyfikat { $id } jest już unieważniony.
error-cert-not-issued-by-seal = Certyfikatu { $id } nie wystawiła żadna z pieczęci firmy, więc SealDesk nie może go unieważnić.
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
error-key-not-exportable = Klucz certyfikatu { $id } jest na tokenie i nie może go opuścić. Plik PKCS#12 wymaga klucza przechowywanego w pliku.
error-cert-no-key = SealDesk nie przechowuje klucza prywatnego certyfikatu { $id }.
error-cancelled = Anulowano.
error-cli-usage = Niepoprawne użycie polecenia: { $detail }
error-cli-secret-file = Nie można odczytać sekretu z { $source }: { $detail }
error-unknown = Coś poszło nie tak: { $detail }
