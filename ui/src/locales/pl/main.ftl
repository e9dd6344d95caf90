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
error-cancelled = Anulowano.
error-cli-usage = Niepoprawne użycie polecenia: { $detail }
error-cli-secret-file = Nie można odczytać sekretu z { $source }: { $detail }
error-unknown = Coś poszło nie tak: { $detail }
