Mřížka
Smazat řadu
Hlavní mřížky
Počáteční index tabulky
Přejete si vložit do šablony Writeru zástupný obrázek? Použijte Vložit ▸ Pole ▸ Další pole, klikněte na kartu Funkce a zvolte Zástupný znak jako Typ a Obrázek jako Formát.
Prostředí:
Automatické zalomení stránky
Nová
Zadejte vodorovnou vzdálenost pro počátek spojnice.
Aktuální ovladač:
Pokaždé, když zvolíte příkaz Uložit jako, se zobrazí dialogové okno Vlastnosti.
Formulář:
Vždy nah_razovat
Nic
Rozestup znaků
_Desetinný oddělovač:
Motiv galerie 'Odrážky' je prázdný (žádné obrázky).
Kontejner nesmí obsahovat objekty NULL.
Zadejte maximální povolenou délku textu.
Nelze najít sloupec. Všimněte si, že databáze rozlišuje velikost písmen.
Nastavení spojení
Přirozené
_Nic
Správa uživatelů
S_mazat uživatele...
Text není otočený
~Zavřít lištu
Výchozí hodnota
Automatické stažení aktualizace momentálně není k dispozici. Kliknutím na 'Stáhnout...' ručně stáhnete %PRODUCTNAME %NEXTVERSION z webové stránky.
Nastaví dolní okraj skenované oblasti.
Odstranit záhlaví/zápatí sestavy
Počet (pouze čísla)
SměrOdchP (základní soubor)
Směrodatná odchylka základního souboru.
Hodnota, pro niž se má vypočítat přirozený logaritmus gama funkce.
Počet
Matice, ve které se mají prohodit řádky se sloupci.
Nový text, kterým se provede náhrada.
Daný výběr, získaný ze základního souboru s normálním rozdělením.
Seřadí hodnoty podle abecedy.
Zadejte adresu buňky, kterou chcete použít jako proměnnou pro sloupce v datové tabulce.
Čí_slo
Žá_dné
Vyberte pole, které chcete ve filtru použít. Popisky sloupců jsou uvedeny pokud nejsou k dispozici názvy polí.
Rozvržení kontingenční tabulky vytvoříte pomocí přetahování tlačítek datových polí do oblastí Filtry, Pole řádku, Pole sloupce a Datová pole.
Definuje scénář pro vybranou oblast listu.
Vyberte sloupec, který chcete použít jako primární klíč řazení.
Nápověda při _vstupu:
Přiřadit k dokumentu
Zůstatková hodnota prostředku na konci jeho životnosti
Cena/hodnota aktiva
Umístění
Vyberte zvuk z galerie nebo zvolte jednu z dalších položek.
Vloží záchytný bod nebo vodítko, které umožňují rychle zarovnávat objekty.
_Uzamčená
Všechny monitory
_Hypertextový odkaz
Vyplní mezery v barvách, které vznikly při použití redukce bodů.
Tužka
Datum (číselný)
Argument hyperbolického kotangens
Dolní index vpravo
Určuje, zda chcete na konec vytištěného výsledku přidat také obsah okna Příkazy.
Můžete určit písmo použité jako bezpatkové.
Nastala neznámá I/O chyba.
Mbosi
Objekt StarMath 4.0
LZW kódování
Přidat element
Tvary zápisu arabštiny A
Hatranské
Režim vkládání. Kliknutím se přepnete do režimu přepisování.
Formátovat buňku
Přidat k oblíbeným
Určuje, že se grafický objekt může otočit pouze o úhel vybraný v poli Při otáčení.
_Vlastnosti
Zopakujte nové heslo pro vybranou knihovnu.
Znak rozdíl výška asijské
Číselný
Vyberte a přetáhněte prvek adresy do bloku s novou adresou.
Převede text na tabulku za použití tabulátoru jako oddělovače sloupců.
Udává odsazení před sekcí u levého okraje.
_Muž
_Vlastnosti...
Úloha
Restartovat _na začátku tohoto odstavce
Přesunout buňky
Obráz_ky a objekty
Přejete si pokračovat od začátku?
Klíče pro řazení
Ob_rázky a objekty
Historické formy
Formy NLC kandži
~Nápověda
Seznam elektronických podpisů aktuálního dokumentu.
Mraky
Povolit změnu velikosti
Jak používat _dialogová okna
Zvolte z_de:
Rozstříhat obrázek na papírové dlaždice a posunout je
Kreslí se plameny
Žádná smysluplná přípona, ukládá se jako komprimovaný XCF.
Počet položek M_RU (1-16):
U_místění
Uložení bodů křivky do souboru
Hnízdo náhodných čísel (pouze pro režimy „z hnízda“)
Vybrat existující oblast
Vír
Zobrazit a upravit metadata (EXIF, IPTC, XMP)
Nijak
odstín
neplatná hodnota bpp (bitů/pixel) v obrázku: %hhu
%s pro přiblížení
2D transformace
Síla stopy
Nelze převést do palety s více než 256 barvami.
Mapa barev:
Výchozí hodnoty dialogových oken
Fatální chyba zpracování souboru se stopou „%s“ Soubor je poškozen.
Zelená složka
Překlopit tah okolo daného bodu
Volby sloučení vrstev
Hledají se datové soubory
Není vybrán žádný filtr
_Název cesty:
Vzorky
Upřednostňované RGB (%s)
Procedura „%s“ byla zavolána s neplatným ID pro argument „%s“. Zásuvný modul se pravděpodobně snaží pracovat s obrázkem, který již neexistuje.
Př_erozdělit řídící body v segmentu
Uložit tento soubor XCF s lepší, ale pomalejší kompresí
Výběr barvy varování
Zobrazovat s_tavovou lištu
Velikost odkládacího souboru
Je-li povoleno, budou všechny nástroje kreslení zobrazovat náhled obrysu aktuální stopy.
_Překlopit výběr
Přid_at kartu
Otevřít _umístění…
neplatná hodnota „%s“ pro typ ikony
Násobit
Invertovat kanál
popis:
<b>CMM</b>: odraz + odraz + rotace o 180&#176;
Přidat snímek:
Použít masku na výběr (nejhořejší objekt použit jako maska)
Způsoby zápisu arabštiny – A
Vymazat zprávy protokolu
Obarvení
Nebylo možné nahrát soubor chyb rozšíření '%s'
Výchozí velikost okna:
V tomto dokumentu/výběru nebyla nalezena žádná písma.
Zadat úhel (ve stupních) pro otáčení ve směru hodinových ručiček
Perština (fa)
Soubor nenalezen "{}". Nelze vložit obrázek.
Vlít text do tvaru
Neplatná specifikace funkce
Párovat dolů
P_očátek Y:
Otevřít výměnné prezentační soubory uložené v Corel DRAW
Souřadnice Y středu
Zachováno
Znovupřipojit klon
Hledat objekty s posunem
Zkratky
Přichytávat vodicí čáry
Stylizujte vybrané bitmapy tak, aby vypadaly, že jsou namalovány olejem
Vzorník
Potápění
Schody
Taxík
Hradlo XOR
ID symbolu:
Text: Změnit prostrkání znaků
První vybraný objekt bude klonován.
Přepnout ukazatel průběhu:
Změní obrázek na želé
Vrátit zpět poslední úkon
Aktualizovat dokument
Uživatelské předvolby:
Když je nalezeno více řešení přichycení, může Inkscape buď upřednostnit nejbližší transformaci (pokud je hodnota nastavení na 0), nebo preferovat uzel, který byl zpočátku nejblíže ukazateli (pokud je hodnota nastavení na 1)
Při změně velikosti čtyřúhelníků, měnit i poloměr zaoblení rohů
Vyjmout vybrané objekty ze sku_piny
_Tipy a triky
typ
Částka (_slovy)
Nemohu uložit stylesheet
Uzavřít _účetní knihy
GnuCash odhadne hodnoty rozpočtu pro zvolené účty podle dřívějších účetních položek.
Výsledovka
Položky, které jste vybrali:
Pasiva v čase
Uložit změněnou účetní položku?
Zobrazí koláčový graf výdajů v zadaném časovém intervalu
Počáteční datum:
Toto pole určuje počet dní předem, kdy bude GnuCash kontrolovat splatné účty. Jeho hodnota se používá, jen pokud je nastavení "Upozornit při splatnosti" aktivní.
Nerealizovaný zisk
Zobrazit/upravit účet
Pokrytí _sloupců
_Nezaznamenávat
_Odsouhlasit...
_Jméno uživatele
