Rozbalit
_Použít
_Odstranit
Formát vybraného souboru není podporován.
Pozice
Okno nelze zavřít, dokud běží kód BASIC.
Vybrat
Importované dialogové okno podporuje jiné jazyky než cílová knihovna. Přidejte tyto jazyky do knihovny, chcete-li zachovat jazykové zdroje poskytované dialogovým oknem, nebo je vynechejte, chcete-li ponechat v knihovně pouze aktuální jazyky. Poznámka: Pro jazyky, které nejsou dialogovým oknem podporovány, se použijí zdroje výchozího jazyka okna.
Exportovat knihovnu jako rozšíření
Rozšíření
Otevře dialog Přizpůsobit, kde je možné vybrané makro přiřadit příkazu nabídky, klávesové zkratce nebo události.
Uložit makro do
Určuje počet smyček, které proběhnou, než bod přerušení zapůsobí.
Zadejte název nové knihovny nebo modulu.
Organizátor maker Basicu
Nejnižší hodnoty
Vyberte oblast pro %VALUETYPE %SERIESNAME
Pouze čáry
Minimum musí být menší než maximum. Zkontrolujte vstup.
Oblast
Prvky grafu
Oblast dat
Zprava doleva
Paprskový
Znak
Smazat řádek
Smaže aktuální rozsah dat nebo textový sloupec. Není možné smazat první textový sloupec.
_Automaticky zalomit text
Zobrazí vedle každé popisky datového bodu ikonu z legendy.
Nejlepší umístění
Na střed
Vložte hodnotu pro odečtení od zobrazené hodnoty jako zápornou chybovou hodnotu.
Přidá do grafu mřížku osy X.
Vedlejší svislá
Záporné (-):
Kladné
Hlavní osa Y
_3D vzhled
_Končící vodorovnou čarou
Určuje, že se osa umístí na první či poslední značku. To způsobí, že vizuální prvky pro datové body budou začínat nebo končit na hodnotě osy.
Skrýt položku legendy
_Datové řady:
Vložte počáteční úhel mezi 0 a 359 stupni. Pro změnu hodnot velikosti můžete také klepnout na šipky.
Automat_icky
Vykreslit chybějící hodnoty
Zarovnat datové řady na
Zobrazí spojnici trendu klouzavým průměrem s daným obdobím.
Zobrazí vedle spojnice trendu její rovnici.
Typ regrese
Střed
_Automaticky
Na_hoře
Osa _X
Vzorec pro TypeInfoSettings je špatný!
Neplatný deskriptor indexu.
Zadané DocumentUI nemůže být NULL.
URL „$URL$“ je neplatné, nelze navázat spojení.
Název „$name$“ neodpovídá pravidlům SQL pro pojmenování.
V dialogovém okně Upravit vlastní slovník máte možnost zadávat nové termíny nebo upravovat existující položky.
%PRODUCTNAME vám umožňuje používat pomocné nástroje, jako jsou externí čtečky obrazovky, Braillova písma nebo vstupní zařízení pro rozpoznávání řeči.
Nedaří se vám v Calcu najít požadovaný výsledek s funkcí VLOOKUP? S funkcemi INDEX a MATCH to nebude problém!
Datum nebo čas je prostý počet dní od zvoleného dne nula. V tomto čísle představuje celočíselná část datum a zlomek odpovídá času (uplynulé části dne), hodnota 0,5 značí poledne.
Víte, že k částem textu můžete připojovat komentáře? Jednoduše k tomu použijte klávesovou zkratku %MOD1+%MOD2+C.
Rámce mohou být propojeny tak, aby text mohl přetékat z jednoho do druhého, jak je to obvyklé v DTP.
Počátek pravítek (0/0) v programu %PRODUCTNAME Draw změníte tím, že přetáhněte průsečík pravítek do levého horního rohu pracovní plochy.
Metadata vložíte do dokumentu pomocí Vložit ▸ Pole ▸ Další pole ▸ Dokument nebo Informace o dokumentu.
Obrazovka přednášejícího je skvělá pomůcka při práci s aplikací %PRODUCTNAME Impress. Už jste si ji vyzkoušeli?
Chcete-li odstranit z obsahu číslo stránky, přejděte na Vložit > Obsah a rejstřík (nebo klepněte pravým tlačítkem, zvolte Upravit rejstřík a upravte již existující obsah). Na kartě Položky odstraňte číslo stránky (#) z řádku Struktura.
Řadu náhodných čísel podle různých rozdělení vygenerujete pomocí List ▸ Vyplnit buňky ▸ Vyplnit náhodnými čísly.
Přejete si mít stejné rozvržení na obrazovce i při tisku? Zaškrtněte Nástroje ▸ Možnosti ▸ %PRODUCTNAME Calc ▸ Obecné ▸ Při formátování textu použít metriku tiskárny.
Přejete si odstranit najednou všechny znaky <>, ale zachovat text mezi nimi? Úpravy ▸ Najít a nahradit: Najít = [<>], Nahradit = prázdné a v části Ostatní možnosti zaškrtněte „Regulární výrazy“.
Přejete si v dokumentu zobrazit obsah jiného dokumentu? Použijte Vložit ▸ Sekce a vyberte Odkaz.
Writer může vkládat prázdnou stránku mezi dvě po sobě následující liché (sudé) stránky. Zaškrtněte „Tisknout automaticky vložené prázdné stránky“ na kartě Writer v dialogovém okně tisku.
Z aktuálního dokumentu Writeru můžete vytvořit hlavní dokument pomocí Soubor ▸ Odeslat ▸ Vytvořit hlavní dokument.
Číslo můžete zobrazit jako zlomek (0,125 = 1/8): Formát ▸ Buňky a na kartě Čísla v poli Kategorie vyberte Zlomek.
Všechny komentáře v dokumentu můžete přeformátovat klepnutím na šipku dolů v komentáři a volbou „Formátovat všechny komentáře“.
Standardní uživatelské rozhraní s rozbalenou postranní lištou. Doporučeno expertům, kteří chtějí rychle měnit mnoho různých vlastností.
Zezdola
Rozšíření: Ikony
Vybrat archivy
Změnit
Excel na %PRODUCTNAME Calc nebo naopak
Rozpoznání URL
[sem zadejte text]
Ukončit aplikaci
Potvrdit odstranění
Dvojité kliknutí
Posuv myši
Před změnou záznamu
Spustit aplikaci
<žádné soubory>
Před výběrem
Přesunout nabídku
Vkládání objektu OLE...
Vložit řádky
Ano pro všechny
HTML kompatibilita
Zabezpečení
Základní písma (západní)
Jediná nástrojová lišta
Zobrazí klávesové zkratky přiřazené k vybrané funkci.
Nahradí konfiguraci klávesových zkratek za dříve uloženou.
Vrátí veškeré změny klávesových zkratek do stavu, v jakém byly při otevření tohoto dialogového okna.
Uloží konfiguraci klávesových zkratek pro pozdější použití.
_Automatické zahrnutí
Napište zkratku a tečku a poté klikněte na Nový. Tím zabráníte automatickému zvětšení prvního písmeno slova, které následuje po tečce na konci zkratky.
Tlačítko Zobrazit další
Jednoduché uvozovky
Přechod
Vybraný objekt se nevyplní.
Uspořádání čar
Zadejte text, který se má zobrazit po číslování.
_Vzdálenost:
Do bloku
Barva hranic objektů
Původní barva
Čára _1:
Čára _3:
Svislý p_očátek:
Povolit sdílení pro tento ovladač
Události
Lišta karet
Nástrojové lišty
Určí délku levého vodítka, které začíná od kótovací čáry. Kladné hodnoty prodlouží vodítko směrem ke (přes) kótovaný objekt a záporné udávají odstup od kótovaného objektu.
Určí jednotně délku pravého a levého vodítka od základní čáry (odstup od čáry = 0). Kladné hodnoty prodlouží vodítka nad základní řádek a záporné vytvoří odstup vodítek od základního řádku.
Vyberte efekty písma, které chcete použít.
Na_dtržení:
Dvojité
Čerchovaně (tučně)
Dvojitá vlnka
Seznam programů kancelářského balíku a všech otevřených dokumentů.
Přiřazení
Zadejte své příjmení.
Zadejte číslo svého bytu.
Zaškrtnutím údaje použijete ve vlastnostech dokumentu.
Zadejte nejmenší velikost písma pro vyhlazování.
Automaticky bude vkládat uzavírací příkazy pro procedury.
Otevře souborový dialog pro výběr poštovního klienta.
Určuje, že kerning bude použit pouze pro západní text.
Je-li povoleno, budou ovlivněny všechny styly odstavce se zaškrtnutou možností řádkování stránky, řádkování přitom bude odpovídat tomu, jaké je nastaveno v referenčním stylu odstavce. Řádky se na stránce zarovnají do neviditelné svislé mřížky bez ohledu na velikost písma, a každý řádek tak bude mít stejnou výšku.
Otevře dialogové okno Cesta ke třídám.
Kontrola bude provedena jednou za měsíc.
Kontrola bude provedena jednou za týden. Toto je výchozí nastavení.
Kód VBA (Visual Basic for Applications) bude načten tak, aby byl připraven ke spouštění. Pokud pole zaškrtnuto není, kód VBA bude zakomentován, takže jej budete moci prohlížet, ale ne spouštět.
Znovu spustí vyhledávání. Hledání dopředu se znovu spustí od prvního záznamu. Hledání zpět se znovu spustí od posledního záznamu.
Určuje, že se při hledání v aktuálním dokumentu bere v úvahu také formát pole.
Název:
Protokol s výsledky:
Otevře dialogové okno Možnosti hangul/handža.
Při zaškrtnutí tohoto pole se ve vybraném textu posunujete znak po znaku. Pokud toto pole není zaškrtnuté, nahrazují se celá slova.
Vyberte položku v aktuálním slovníku, kterou chcete upravit. Pokud chcete, je možné do tohoto pole zadat novou položku
Možnosti hangul/handža
Automaticky nahradit všechny jedinečné záznamy
Použije aktuální nastavení šrafování na vybraný vzorek šrafování. Pokud chcete, je možné vzorek uložit pod jiným názvem.
Určuje, že se má nový dokument vytvořit a okamžitě otevřít pro úpravy.
Vloží spojovník do slov, která jsou příliš dlouhá a nevejdou se na řádek.
Rozdělit
Vlevo nahoře
Ohraničení
_Počet:
_Styl šipky:
Ikona
Pokud chcete změnit hodnotu, vyberte položku a klepněte na tlačítko Upravit.
S dokumentem budou načtena také specifická nastavení uživatele.
Popis aktuálně vybrané funkce.
Zadáte-li do textového pole řetězec, zúžíte nabízený seznam příkazů.
Pře_sunout...
Stažení
Zadejte název nabídky. Písmeno názvu, které bude sloužit pro přístup pomocí klávesnice, určíte tím, že před něj napíšete vlnovku (~).
Zadejte název nové knihovny.
Počet _sloupců:
Ú_vodní nuly:
Zadejte počet předchozích úrovní, které se zobrazí ve schématu číslovaní. Např. pokud zadáte „2“ a předchozí úroveň používá číslování „A, B, C…“, číslování aktuální úrovně se zobrazí jako „A.1“.
Střed řádku
Zadejte vzdálenost od levého okraje stránky, na kterou mají být symboly zarovnány
Umístění a rozestupy
Pa_rametry...
Použít rozšířené typy
Kontext
Zvýraznění znaků
N_ačíst kód Basic
Velikost _1:
Velikost _4:
_Interpunkční znaky
Jazyk
Upravit cesty: %1
Prezentace
Zabezpečení maker
Upravte nastavení zabezpečení a upozorňování na skrytý obsah dokumentů.
Upravte seznam adres URL pro autority časových razítek (TSA), které se použijí u elektronických podpisů při exportu do PDF.
Kryptografie
Okraje
Pouze levé
_Na výšku
V_levo/nahoru
_Pod odstavcem:
Proporcionální
Na _střed
Nakreslete vzorek v mřížce o rozměrech 8 × 8 pixelů. Klepnutím na pixel jej nastavíte jako aktivní, opětovným kliknutím jako neaktivní.
Barva popředí:
Barva pozadí:
Složit
Zobrazí různé styly odrážek, které je možné použít.
Zobrazí obrázky, které můžete použít jako odrážky v seznamu s odrážkami.
Klepněte na styl osnovy, který chcete použít.
Zamknout
Text, pro nějž se kód vygeneruje.
Střední
Smazat barvu?
Uložit seznam?
Otočí vybraný objekt.
Ulice
Vybrat certifikát X.509
Zjemní nebo rozmaže obrázek pomocí low pass filtru.
Více...
Nahradí všechny výskyty neznámého slova vybraným návrhem.
Určuje jazyk použitý pro kontrolu pravopisu.
Ignorovat vžd_y
_Jazyk textu:
_Pokračovat
_Vodorovně
_Rozdělit buňku na:
Ukotví výběr ke znaku.
_Začít uvnitř
Text se posunuje shora dolů.
Přehrává animaci neustále. Pro určení počtu opakování efektu zrušte zaškrtnutí tohoto pole a zadejte číslo do pole Spojitě.
Zadejte počet sloupců, který se má na text použití.
Za
Vyberte styl formátování, který se použije pro první stránku po zalomení.
znaky na kon_ci řádku
Zvýší prioritu vybraného modulu o jednu úroveň.
_Shromažďovat návrhy
Mi_n. délka slova:
Režim knihy
Řádky před prvním a po posledním řádku nemají záložky.
Není možné vybrat jiné kategorie.
Relativní umísťování není v tomto stavu povoleno.
Nelze vložit hodnoty. ResultSet nepodporuje rozhraní XResultSetUpdate.
SQL příkaz nepopisuje sadu výsledků.
Výsledek kopie zdroje musí podporovat záložky.
Neplatný počet inicializačních parametrů.
$object$ je založen na SQL příkazu, který nelze zpracovat.
Jiný index s názvem „$name$“ již existuje.
Nastavit spojení s Oracle
Vlastnosti zdroje dat: #
Vytvořený SQL příkaz je příliš dlouhý.
Typ spojení byl změněn. Pro provedení změn je třeba zavřít všechny formuláře, sestavy, dotazy a tabulky. Přejete si uzavřít dokumenty ihned?
Chcete smazat tabulku '%1'?
Než budete moci upravovat indexy tabulky, musíte ji uložit. Přejete si uložit změny nyní?
Neznámý;Text;Number;Date/Time;Date;Time;Yes/No;Currency;Memo;Counter;Image;Text (fix);Decimal;Binary (fix);Binary;BigInt;Double;Float;Real;Integer;Small Integer;Tiny Integer;SQL Null;Object;Distinct;Structure;Field;BLOB;CLOB;REF;OTHER;Bit (fix)
Vyberte složku, kde jsou uloženy textové soubory ve formátu CSV (hodnoty oddělené čárkou). %PRODUCTNAME Base otevře tyto soubory v režimu jen pro čtení.
Došlo k chybě. Operace nemohla být provedena.
Otestovat třídu
Indexy
Jakým způsobem se chcete připojit k databázi MySQL?
_Formátovat pole
Na následujících stránkách je možné detailně nastavit spojení. Nové nastavení přepíše vaše staré nastavení.
Použité tabulky
_Parametry
Přidá limit nastavující maximální počet vrácených záznamů.
_Schéma:
Přejete si uložit změny provedené na tomto indexu?
Zadejte požadované informace o připojení k databázi MySQL/MariaDB pomocí JDBC. Třída JDBC ovladače musí být nainstalována v systému a zaregistrována v %PRODUCTNAME. Pokud si nejste jisti tímto nastavením, kontaktujte správce systému.
_Kopírovat
Tabulka byla změněna.
Nastavení připojení textu
Vlastní:
Při přidávání došlo k chybě:
Všechny podporované soubory
UNO komponenta (RDB typ)
Rozšíření '%Name' na tomto počítači nefunguje.
Chystáte se nainstalovat verzi $NEW rozšíření '$NAME'. Již je nainstalována novější verze $DEPLOYED. Nainstalované rozšíření nahradíte kliknutím na 'OK'. Instalaci zastavíte kliknutím na 'Zrušit'.
Pro _všechny uživatele
Přečtěte si licenční ujednání. Pro zobrazení celého textu použijte posuvník nebo tlačítko 'Posunout dolů'.
Přečtěte si licenci. Pokud je text dlouhý, použijte tlačítko Další stránka. Klepnutím na Přijmout pokračujete v instalaci rozšíření.
Během kontroly se zobrazuje ukazatel průběhu. Počkejte, až se zobrazí získané informace, nebo klepnutím na Zrušit kontrolu aktualizací přerušte.
Stahují se rozšíření...
Odsadit
Zobrazit podbody
Zarovnat vpravo
Nerozdělovat odstavec
Výchozí nastavení vodorovného zarovnání
palec
Stínování
Tečkované podtržení
Podtržené (dlouhé čárky)
Odrážka s obrázkem
Odstavec: $(ARG)
Pokračovat v kontrole od začátku dokumentu?
exportní filtr
%s XML filtry byly uloženy do balíčku '%s'.
nedefinovaný filtr
PDF/A neumožňuje šifrování. Exportovaný soubor PDF nebude chráněn heslem.
Vyberte, pokud chcete záložky dokumentů Writeru exportovat jako PDF záložky. Záložky se vytvoří pro všechny odstavce osnovy (Nástroje - Číslování kapitol) a pro všechny položky obsahu, kterým byly ve zdrojovém dokumentu přiřazeny hypertextové odkazy.
Vytvořit PDF _formulář
_Kvalita:
Exportovat po_uze poznámky
Odkazy na jiné dokumenty budou otevírány ve webovém prohlížeči. Webový prohlížeč musí zobrazení daného typu souboru uvedeného v hypertextovém odkazu podporovat.
Ko_mentáře, vyplňování polí formuláře
_Skrýt ovládací prvky okna
Zvolte pro vytvoření PDF, které zobrazuje obsah stránky bez přiblížení. Pokud je prohlížeč dokumentů nastaven na výchozí míru přiblížení, stránka se přiblíží podle výchozího nastavení.
_Míra přiblížení:
Zvolte aplikaci, s kterou chcete použít filtr.
_Struktura
Vybrat cestu
Uložit s ~heslem
Ve~rze:
Připojit se k serveru
_Automatická přípona názvu souboru
_Spravovat služby
Odstranit obrázek
Spojení přerušeno
Desetinné číslo
Měsíc
Ovládací prvek je propojen externí vazbou, která zároveň ověřuje hodnoty. Před nastavením nového ověřování hodnot musíte odstranit vazbu.
Vazba
Zadejte výraz pro vazbu.
Popisek
U~volnit nástrojovou lištu
3D vzhled
Otevřít dokument / webovou stránku
Průvodce zdrojem dat adresáře
Výchozí datum
Při kliknutí získat zaměření
Obsah seznamu
Prvek tabulky
Značka záznamu
Výška řádku
Výška posuvníku
Přepnout
Max. hodnota
Probíhá stahování aktualizace
Adresář pro uložení staženého souboru: %DOWNLOAD_PATH. Adresář můžete změnit v Nástroje - Možnosti... - %PRODUCTNAME - Online aktualizace.
Instalátor nelze spustit, spusťte soubor %FILE_NAME v adresáři %DOWNLOAD_PATH ručně.
Soubor pojmenovaný '%FILENAME' již v adresáři '%DOWNLOAD_PATH' existuje! Chcete pokračovat ve stahování nebo soubor smazat a stáhnout znovu?
Pole z tabulky _hodnot
Uživatelem definované pole _2
V_ydání
_Vydavatel
Toto jsou všechny informace potřebné pro vytvoření pole voleb.
Jaké _hodnoty si přejete přiřadit jednotlivým volbám?
Skener
Zobrazí náhled skenovaného obrázku. Oblast náhledu obsahuje osm úchytů, jejichž přetažením upravíte skenovanou oblast. Můžete také zadat odpovídající hodnoty do číselných polí pro okraje.
Vytvořit ná_hled
Pokusil jste se nastavit neplatný argument. Platné argumenty naleznete v '#1'.
Přidat pole:
Nárůst
Celá skupina
Zápatí stránky
Vodorovné zarovnání
Přidat funkci
Změnit vlastnost '#'
Řazení
Čísla stránek
Data jsou ve špatném formátu.
Očekáváno: $(ARG1).
Nesprávné číslo záznamu.
Očekáváno návěstí.
Objekt nemá tuto metodu.
Program je příliš rozsáhlý.
Pokračovat bez chyb.
Blok příkazů je stále otevřen: chybí $(ARG1).
Neočekávaný symbol: $(ARG1).
~Rozšíření
~Multimédia
~Zobrazit
Určete ohraničení vybraných buněk.
Chyba ve struktuře odpovídajícího souboru FM3.
Dokument obsahuje více řádků než je podporováno vybraným formátem. Řádky navíc nebyly uloženy.
Následující znaky nebylo možné převést do vybrané znakové sady, a byly proto zapsány ve tvaru &#1234; náhrada: $(ARG1)
Názvy oblasti
Součin
SměrOdch (výběr)
Formát sešitu %PRODUCTNAME (calc6)
Vytisknout všechny listy
Strá~nky:
Odemknout strukturu sešitu
Vypočítá v sešitu agregované hodnoty.
Oblast buněk, která se má vyhodnotit, nebo povinný druhý argument určitých funkcí.
Vypočte hodnotu římského čísla.
Hodnota menší než -1 nebo větší 1, pro kterou má být zjištěn hyperbolický kotangens.
Hodnota souřadnice Y.
Převede znaky ASCII a katakany plné šířky na poloviční šířku.
Text k převodu.
Alfa
Hodnoty beta rozdělení.
Zjišťuje informace o adrese, formátování nebo obsahu buňky.
Umístění zkoumané buňky.
Vrátí číslo sloupce zadané adresy.
Počet vybraných prvků.
Slučovaný text nebo oblasti buněk.
Vrátí kosekans úhlu. CSC(x)=1/SIN(x)
Současná hodnota, nebo hodnota vyjadřující současnou hodnotu anuity.
Desetinná místa. Označuje počet desetinných míst zobrazení.
Téma/soubor
Převádí text obsahující číslo zadané v definované číselné soustavě na celé kladné číslo.
Převede radiány na stupně
Nominální úroková míra
ISO 4217 kód měny, ze které se převádí.
Číslo, jímž se umocní základ e.
Číslo, pro které se má zjistit faktoriál.
Doplňování dat (výchozí 1); pro 0 se u chybějících bodů doplní nuly, pro 1 se jejich hodnoty interpolují.
Vrátí předpovědní interval pro zadané cílové hodnoty za použití metody exponenciálního vyrovnávání a multiplikativní dekompozice.
Buňka obsahující vzorec.
Vrátí geometrický průměr výběru.
Vrátí pořadové číslo data zadaného jako text v některém z možných formátů data.
Určuje počátek týdne a použitý typ výpočtu.
Vrátí pro zadané datum den v týdnu jako celé číslo.
Číslo vnitřně reprezentující čas
Kontingenční tabulka
N výběr
Hodnoty hypergeometrického rozdělení.
Vrátí PRAVDA, je-li hodnota liché celé číslo.
Vrátí PRAVDA, je-li hodnota odkaz.
Vrátí PRAVDA, pokud hodnota je číslo.
Transpozice matice. Zamění řádky a sloupce matice.
Vrátí maximální hodnotu ze seznamu argumentů.
Oblast, z níž se určí maximum.
Úrok investice
Hodnota, která má být interpretována jako číslo.
Koncové datum pro výpočet.
Skutečná úroková míra
Střední hodnota normálního rozdělení.
Hodnoty inverzní distribuční funkce normálního rozdělení.
Výraz, který může být buď PRAVDA, nebo NEPRAVDA.
Převede text na číslo, nezávisle na národním prostředí.
Vrátí PRAVDA, pokud je argument PRAVDA.
Vrátí pořadí hodnoty výběru vyjádřené procentuální částí.
Hledá výskyt jednoho textu uvnitř druhého (bez rozlišení velikosti písmen).
Vrátí směrnici lineární regresní přímky.
Čas (v sekundách), po který bude styl aktivní.
Vrátí t rozdělení.
Vypočítá odhad rozptylu výběru.
Začátek. První období odpisu ve stejné časové jednotce, jakou má hodnota Životnost.
Oblast vlevo
Vzorec je
je jedinečná
Cauchyho
Čtvrtletí
Tato akce ukončí režim záznamu změn. Informace o změnách budou ztraceny. Ukončit režim záznamu změn?
Přepínač
Fourierova analýza
Fourierova transformace
F kritické levostranný
P (F<=f) pravostranný
Počet vybraných
Vstupní oblast dat
Neplatný vstup.
Neplatný odkaz na list.
Načíst dokument
III.
Vstupní oblast neobsahuje žádná data.
Nelze seskupit
Žádné operace k provedení
Nebyl uveden řádek ani sloupec.
Vzorec nebyl zadán.
Stránka %1
Cílová oblast není prázdná. Má se přepsat nynější obsah?
Hodnota kontingenční tabulky
Tento dokument byl uložen ve formátu aplikace Excel (.xlsx). Některé buňky se vzorci mohou po přepočítání obsahovat odlišné výsledky. Přejete si přepočítat všechny buňky obsahující vzorce?
Regrese
Tento soubor obsahuje dotazy do databází. Výsledky těchto dotazů nebyly uloženy. Chcete opakovat provedení těchto dotazů?
Scénář nebyl nalezen
Vybráno: $1, $2
Výsledek2
Upravit minigraf
Vložit list
Optimální výška řádku
Vyčistit osnovu
Atributy/čáry
Zobrazit všechny komentáře
Zobrazit listy
Oblast dat minigrafu
První bod:
Zobrazit skryté
Svislé maximum:
Vynechá z výsledku filtrování duplicitní řádky.
Je-li zaškrtnuto, zachová se vzorek vybraného formátu.
Datový pruh
Tento rok
4 šipky
4 šedé šipky
5 čtvrtin
Nový styl...
je rovna
Oblast buněk
Umožňuje automaticky pojmenovat několik oblastí buněk.
Zdroj názvů
P_ravý sloupec
_Služba
Minimální délka pruhu (%):
Datový formulář
Zdroj
Použije existující formátování buňky záhlaví a prvního datového řádku na celou databázovou oblast.
Nový název přidáte klepnutím na tlačítko Přidat.
Po vybrání aspoň jedné buňky odstraní z listu celý řádek.
Zastavit
Na_dpis:
Určuje nastavení kompatibility pro Calc.
Určuje výchozí nastavení pro nové sešity.
Určuje možnosti syntaxe vzorců a možnosti načítání pro Calc.
Je-li tato možnost nastavena, při rozšiřování výběru (pomocí Ctrl+Shift+nahoru/dolů) se bude přecházet na konec oblasti v tom sloupci, jehož oblasti byly k výběru přidány naposledy. Pokud tato možnost nastavena není, při rozšiřování výběru (pomocí Command/Ctrl+Shift+nahoru/dolů) se bude přecházet na konec oblasti v tom sloupci, v němž výběr oblastí začal. Totéž platí pro řádky, tj. pro rozšiřování výběru ve vodorovném směru pomocí Ctrl+Shift+vlevo/vpravo.
Vytvoří posloupnost dat za použití stanoveného přírůstku a koncového data.
Ohraničení úhlopříčně nahoru
Ohraničení nahoře a tlusté dole
Obsah na čísla
Převod textu na číslo:
Zadejte nový název listu.
Otevře dialog Vložit buňky, pomocí kterého je možné vložit buňky.
Vloží nový list těsně před aktuální list.
Vytvoří nový list. Zadejte jméno listu v poli Název. Povolené znaky jsou písmena, číslice, mezera a podtržítko.
Název se již používá.
Oříznout vstupní oblast podle skutečných dat
Obsahuje popisky _sloupců
Pro _oblast dat
Zobrazuje oblast pro každou oblast popisků.
Určuje aktuální oblast dat udávanou pozicí kurzoru.
Otevře podnabídku pro výběr režimu přetáhnutí. Lze zvolit, jaká akce se provede při přetáhnutí a puštění objektu z Navigátoru do dokumentu. V závislosti na zvoleném režimu ikona ukazuje, jestli se vytvoří hypertextový odkaz, odkaz nebo kopie.
Scénáře
Rovnoběžně
Hodnota 0 odpovídá 12/30/1899
Zástupné znaky povolte, požadujete-li interoperabilitu s programem Microsoft Excel
Nový sešit
Počet _listů v novém dokumentu:
Vždy přepočítávat
Nikdy nepřepočítávat
_Položky
Vloží buňky obsahující čísla.
Odečte hodnoty buněk ve schránce od hodnot v cílových buňkách.
Filtry:
- výběr -
Smazat sloupce
Zaokrouhlí číslo na daný počet Desetinných míst.
Zadejte heslo znovu
Ochrana listu
_Heslo:
Zadejte heslo znovu
Při řazení oblasti buněk aktualizovat odkazy
_Zdroj dat:
_Vzorce
_Záhlaví sloupců a řádků
Vytisknou se všechny objekty kresby vložené do dokumentu.
Z_leva doprava, potom dolů
Zobrazí nebo skryje změny, které byly přijaty.
Filtruje seznam změn podle určené oblasti buněk. Chcete-li vybrat oblast buněk v listu, klepněte na tlačítko Nastavit odkaz (...).
Nezačíná na
Podmínka 2
Operátor 1
Vyberte matematickou funkci pro výpočet mezisoučtů.
Nastavení pro výpočet a zobrazení mezisoučtů.
_Předřadit oblast podle skupin
Je-li zaškrtnuto, buňky začínající znakem „=“ se vyhodnotí jako vzorce.
Sloučí po sobě jdoucí oddělovače a odstraní prázdná datová pole.
Rozdělí do sloupců data oddělená mezerami.
Ná_rodní prostředí:
Zadejte položky, které budou platnými hodnotami či řetězci.
Nápověda při vstupu
První úrok
Vrátí částku odpisu pro odpisové období
Vrátí modifikovanou Besselovu funkci In(x)
Období
Druhé číslo
Číslo nebo seznam čísel
Vrátí hodnotu 'pravda', je-li číslo sudé
Číslo k zaokrouhlení
Vrátí cenu diskontního cenného papíru o nominální hodnotě 100 měnových jednotek
Vrací celočíselnou část po vydělení
Největší vrácené celé číslo
Hodnota, o kterou se bude zvyšovat argument N pro každý člen řady
Řetězec určující, zda je opce (p)ut (prodejní) nebo (c)all (kupní)
Doba do splatnosti v letech
P~rvní snímek
Záhlaví prezentace
Neznámý přístupný tvar prezentace
Dnes,
Jeden snímek
Tři snímky
Do konce snímku
Vložit soubor
Nahoru dopravo?
Obsah
Osnova
Zleva doprava, potom dolů
Naskládat opakované stránky na papír
Textový snímek
Čáry
Smazat záchytný bod
Není možné použít duplicitní nebo prázdný název
Parametry animace
Obnoví hodnoty zobrazené v dialogovém okně do výchozího stavu po instalaci.
Zadejte hodnotu horizontálního posunu mezi středem vybraného objektu a kopií. Kladné hodnoty posunou objekt doprava a záporné doleva.
Šířk_a:
Rozšíření
Úplné otočení
Efekt
Podle odstavců 1. úrovně
V _opačném pořadí
Odstraní snímek ze seznamu Vybrané snímky. Aby toto tlačítko bylo dostupné, musíte snímek vybrat ze seznamu Vybrané snímky.
_Proměnný
Zadejte mezeru mezi záchytným bodem či vodítkem a horním okrajem strany.
Zarovná obrázky v animaci.
Číslo obrázku
Vy_počítat
Rozvržení prezentace
Určuje, zda se pro zobrazení objektů na předloze snímku použije mezipaměť.
Je-li povoleno, při přesunu objektu se automaticky vytvoří kopie, pokud podržíte klávesu Ctrl.
Určuje, že při tisku a formátování pro zobrazení na obrazovce se použije metrika tiskárny.
Určuje měrnou jednotku pro prezentace.
Určuje, zda se mají tisknout aktuálně skryté stránky.
Vyberte, kolik snímků má být vytištěno na jednu stránku.
Určete umístění souboru, který chcete otevřít.
Zobrazuje seznam snímků a objektů, které můžete vybrat.
_Vložit snímek
Upra_vit
O_brázek
Nadpis 1
Spustit
_Měrná jednotka:
Začít s _výběrem šablony
_Začít číslem:
Pokud vyberete volbu ASP, export pro WebCast vytvoří stránky ASP. HTML prezentace může být potom umístěna jen na serveru podporujícím technologii ASP.
Určuje URL (absolutní nebo relativní), kde bude na webovém serveru HTML prezentace uložena.
Určuje, zda budou exportovány zvukové soubory, které definují zvuky přechodů mezi snímky.
_Nový návrh
Typ publikace
Full HD (1_920 × 1080 pixelů)
_Text
Zavřít předlohu
_Pozadí:
_Vyměnit stránku pozadí
Zastavit předchozí zvuk
Pruhované _sloupce
Tato verze souboru s obrázkem není podporována
Uložením dokumentu budou odstraněny všechny jeho digitální podpisy. Přejete si pokračovat v ukládání dokumentu?
Klient
Oddělení
Předat
~Importovat
~Ponechat původní styly
Otevřít dokument...
Úvodní obrazovka
Naposledy použité
Hlavní heslo je uloženo v zastaralém formátu, měli byste jej aktualizovat
Nejméně jeden podpis je problematický: dokument je podepsán pouze částečně.
Hierarchicky
Klavír
Sladkosti
Rozlišovat velikost
Sloučit změny
Komentář k verzi:
Aktuální výběr
Metoda
_Komplexní písma
Vkládaná písma
Obsahuje základní informace o souboru.
Zaškrtněte toto pole, je-li pro tisk aktuálního dokumentu třeba určitá velikost papíru.
Určuje maximální počet pruhů přechodu při tisku.
Zaznamenat makro
Rejstřík
Šablony ve vybrané kategorii
_Přepsat
_Stránky
_Automatická aktualizace
Omezit přechod
Ša_blony
Textové dokumenty
S pruhem
Červená barva
Koprodukt
Očekávána '{'
Změnit písmo
Lambda s pruhem
Limita s indexem nahoře a dole
Křivkový integrál
Objemový integrál s indexem dole
Závorky operátoru
Dolní index vlevo
Nový řádek
Čára přes
Dolní celá část (zvětšující se)
Kulaté závorky (zvětšující se)
na střed
skryté
Při tisku nastaví kolem oblasti vzorce tenký rámeček.
Výběr písma pro názvy a vlastnosti funkcí.
_Bezpatkové písmo:
_Funkce
Možnosti tisku
Zlomkové čáry
Pomocí tohoto dialogového okna můžete přidávat nové symboly do sady symbolů, upravovat sady symbolů nebo měnit názvy symbolů.
Písm_o:
neznámý
Reliéfní
Tenká tlustá, velká mezera
Angličtina (Hongkong)
Angličtina (Trinidad)
Francouzština (Mauricius)
Francouzština (Togo)
Gaelština (Skotsko)
Galicijština
Konžština (Kongo)
Kyrgyzština (Čína)
Norština, bokmål
Ňandžština
Perština
Jižní sámština (Švédsko)
Srbština, latinka
Španělština (Honduras)
Španělština (Panama)
Tamilština
Valonština
Rozšíření %PRODUCTNAME
MathML dokument
Sešit OpenDocument
Kresba OpenOffice.org 1.0
Objekt ze souboru % nelze vložit.
Rastrový obrázek (BMP)
Objekt StarWriter 5.0
Objekt StarFrameSet
Neformátovaný text (TSV-Calc)
Obrázek potřebuje asi %1 kB paměti, velikost souboru je %2 kB.
Ostatní CMIS
Nedostatek paměti
Přidá nový zdroj dat do seznamu Zdroj adresáře.
Určuje, že nechcete použít kompresi.
pixely/palec
Opravdu si přejete smazat vybraná data?
Aby se přidaná cesta projevila, je nezbytné %PRODUCTNAME restartovat.
Barva znakové sady
Nedělit odstavec
Značka zvýraznění
Animace
Značky
Název '%1' již existuje. Zadejte jiný název.
Databáze neobsahuje tabulku „#“.
Nahradit část kontejneru
Nahradit ovládací prvky
Tvary zápisu abecedy
Základní hebrejské
Různé CJK
Šachové symboly
Kombinující poloviční znaky
Doplňková cyrilice
Dogarské
Egyptské hieroglyfy
Matematické alfanumerické symboly
Matematické operátory
Meroitické hieroglyfy
Hrací karty
Žalmové pahlaví
Sinhálské archaické číslice
Varianty malých tvarů
Doplňkové šipky B
Doplňkové místo pro vlastní znaky A
Tamilské
Levý okraj:
а, б, .., аа, бб, ... (bulharské)
Japonská pohlednice
Prezentace na obrazovce (16:10)
Obrazovka 16:9
Prázdný
Plný kosočtverec
Výběr speciálního znaku
Tmavě červená
Tmavě zlatá
Tmavě zelená
Tmavě oranžová
Zelená A
Žlutozelená
Barvy dokumentu
Nový motiv vzhledu
Úhlopříčně modrá
Úhlopříčně červená
Z rohu tyrkysová
Modré 45 stupňů
Červené 45 stupňů
Prázdný trojúhelník
Prázdný čtverec 45
Obrácená šipka
Styl šipky
Další styly...
Vrátit akce: $(ARG1)
~Dokončit
Obnovení selhalo
Včetně stylů
%1. Kliknutím změníte režim výběru.
Tradiční čínština (BIG5-HKSCS)
Tradiční čínština (Windows-950)
Cyrilice (ISO-8859-5)
Japonština (Shift-JIS)
Korejština (Windows-Johab-1361)
Západní Evropa (DOS/OS2-865/Severní Evropa)
Elektronický podpis: Podpis dokumentu je v pořádku, ale certifikát nelze ověřit.
Vpravo od textové oblasti rámce
Vpravo od textové oblasti odstavce
Celková výška
Objekt záchytného rozestupu 1
Formát textu kóty
Přesunout svisle
Rozestup sloupců
Celkem svislých naklonění
Umístění rastrové výplně
Zarovnání písmomalby
Obrysy písmomalby
Začátek čáry
Změna diagramu %1
Vložit záchytný bod %1
Překlopit %1 svisle
Změnit poloměr o %1
Nastavit směr výstupu pro %1
Obrázek PNG
Typ 1
Eliptické oblouky
Kruhy
3D krychle
Metasoubory
Texty osnovy
Metasoubor
Vložit dokument
_Přijmout
Upraví komentář vybrané změny.
Odmítne všechny změny a odstraní z dokumentu zvýraznění.
Vyberte datový typ vybrané položky.
Převede slova s dvěma a více znaky, která jsou uvedena v seznamu běžných pojmů. Po projití seznamu se zbývající text převede znak po znaku.
Směr převodu
Kvalita JPEG
Renderuje 3D povrch jako polygony.
Převrátit normály
Zdroj světla 3
Pouze textura
Nahradit za 2
Vyberte barvu stínu textu.
Zadejte svislou vzdálenost mezi znaky textu a okrajem stínu.
Přidá nakloněný stín k textu ve vybraném objektu. Klepněte na toto tlačítko a poté zadejte rozměry stínu do polí Vzdálenost X a Vzdálenost Y.
Vypnuto
Zadejte hloubku vytlačení.
Najít _předchozí
Hledat _styly
Zpět
Automaticky nakreslí obrys kolem objektu, který můžete upravit.
Automaticky zaměřit ovládací prvek
Uloží obrázkovou mapu ve formátu MAP-CERN, MAP-NCSA nebo SIP StarView ImageMap.
Přenést _blíž
Synchronizovat _osy
Nastavit aktuální čas a datum
Filtruje seznam změn podle druhu, který vyberete v poli Činnost.
Počáteční barva přechodu.
Vyberte úhel přechodu.
Zadejte od 0 % pro zcela neprůhlednou až po 100 % pro zcela průhlednou.
_Matný
Obrázky
Číslo kapitoly bez oddělovače
Znak sloučit přípona
Znak výška
Znak úložiště pro interoperabilitu
Znak nadtržení
Znak stínované
Znak váha asijské
Výplň rastr odchylka X
Výplň rastr velikost Y
Hypertextový odkaz název
Seznam automatický formát
Vnořený textový obsah
Odstavec rozpálit jedno slovo
Odstavec dělení slov minimální délka slova
Odstavec dělení slov ne poslední slovo
Odstavec svislé zarovnání
Zrcadlené
Porovnat jednotlivé řádky odstavců
Stisknutím Ctrl+Alt+B přesunete zaměření zpět na aktuální ovládací prvek struktury
Upravit položku použité literatury
2 sloupce se stejnou šířkou
[uživatelský]
Další formáty...
Smazat $1
nepočítat řádky
Černobílé
Vybrat položku
V nastavení Nástroje - Možnosti - %1 - Tisk nebyla určena faxová tiskárna.
Zvolené buňky tabulky jsou příliš složité a nemohou být sloučeny.
Osnova: Úroveň
Toto je obsah podkapitoly 1.1. Toto je položka obsahu.
Nadpis 1.1
Předchozí kresba
Předchozí pole
Vložit graf %PRODUCTNAME
Vložit rejstřík/tabulku
Načíst URL
Počítat řádky
Název ~makra
Max. velikost zápatí:
výskytů
Tato volba je zakázána, pokud je číslování kapitol přiřazeno stylu odstavce
Číslování kapitol
Přepsat: $1
Poté převést $(ARG1)
Odkaz na rejstřík
Obrázek
Číslování 2
Pokračování číslování 1
Předsazení prvního řádku
Nadpis obsahu
Rejstřík 1
Odrážka 
Ovládací prvky ~formuláře
Smazat automatický text?
Nahradit: $1 $2 $3
Vrátí změny provedené na aktuální kartě na nastavení z doby otevření tohoto dialogového okna nebo z doby posledního použití příkazu „Použít“.
Probíhá dělení slov...
Probíhá kontrola pravopisu...
Strukturovat text
Blikající text.
Propojit rámce
zalomení sloupce
Smazat styl rámce: $1
Smazat buňku
Použít styl rámce: $1
Aktualizovat styl tabulky: $1
Zrušit propojení rámců
$1 znaků
Stránky
Opakovat hledání
Přesunout doleva
CR & LF
Z_alomení odstavce:
Odchozí poštovní server:
Odchozí poštovní server používá _stejnou autentizaci jako příchozí server
Zkopíruje vybraný automatický text do schránky.
_List
Zadejte šířku sloupce.
Změní šířku označených sloupců.
4. úroveň seznamu
5. úroveň seznamu
Záhlaví tabulky
_Najít…
Prvky seznamu _adres:
Vytvořit nový zdroj dat?
_Vzdálenost k textu:
Změní zdroj dat pro aktuální dokument.
Při načítání dokumentu se odkazy aktualizují pouze na požádání.
K odesílání e-mailů se použije zabezpečené připojení, pokud je k dispozici.
Zadejte název POP3 nebo IMAP poštovního serveru.
Seznam všech dostupných polí. Chcete-li přidat pole do dokumentu, klepněte na typ pole, poté na pole v seznamu Vybrat a poté klepněte na Vložit.
Otevře dialogové okno Výběr makra, ve kterém můžete zvolit makro, které bude spuštěno po klepnutí na vybrané pole dokumentu.
_Položka
Odstraní uživatelem definované pole ze seznamu. Odstranit můžete pouze ta pole, která nejsou použita v aktuálním dokumentu.
Automaticky upraví výšku oblasti poznámek pod čarou v závislosti na počtu poznámek.
Vyberte schéma číslování, které chcete použít.
N_ad
Zadejte delší popis objektu, zvláště pokud jej nelze dostatečně podrobně uvést ve stručném poli „Alternativní text“. Tento text také mohou použít asistenční technologie. U obrázků se tento text vyexportuje s odpovídající značkou do formátů HTML a PDF.
Uzamkne umístění vybraného objektu v aktuálním dokumentu.
Připojí tento rámec před aktuální rámec.
Nastavení vlastnosti hypertextového odkazu pro vybraný obrázek, rámec nebo objekt OLE.
Vložit číslo stránky
Další položka (stejný název)
Ověří hodnoty podle booleovské funkce XOR.
Zadejte název záložky, kterou chcete vytvořit, a stiskněte Vložit.
[Žádné]
Další úplný řádek
Ukončí aktuální řádek a text vpravo od kurzoru přesune na další řádek bez vytvoření nového odstavce.
Vložit databázové sloupce
Přijme databázový formát.
Zvolit…
Na pozici kurzoru vloží skript do HTML nebo textového dokumentu.
Typ skriptu:
Zadejte název tabulky.
S_ynchronizovat obsahy
Uložit jako _samostatné dokumenty
Uložit jako _jeden dokument
Spojit s následující tabulkou
Přiřaďte pole použitá v hromadné korespondenci ke sloupcům ve zdroji dat.
Zkontrolujte, zda jsou data adres správně.
Vyberte personalizované oslovení, je-li příjemcem muž.
Vložit personalizované oslovení
Vytvoří dokumenty hromadné korespondence, které můžete odeslat jako e-mailové zprávy nebo jako přílohy e-mailu.
Sledování vysvětlivek
Přesunout kapitolu výše
Bez_názvu 9
V odstavcích zarovnaných do bloku rozšířit mezery mezi slovy i u ručně odřádkovaných řádků
Nastavení kompatibility pro „%DOCNAME“
První písmena velká
Velká písmena
Odmítne všechny změny formátování.
Přejmenovat objekt:
Přík_az DDE
S _heslem
_Filtr...
Smaže vybraný blok s adresou.
Otevře dialog Nový blok s adresou, ve kterém můžete vytvořit vzhled nového bloku s adresou.
Výška řádku:
Umožní určit další kritéria řazení. Kombinovat lze také klíče, podle kterých se řadí.
Nastavení
Odmítnout změnu
Vloží zalomení sloupce před nebo po tabulku na vícesloupcové stránce.
_Povolit rozdělení tabulky přes stránky a sloupce
Tisknout mřížku
Rozvržení mřížky
Vytvořit titulní stránky
Vyhodnotit až do úrovně:
Uplatní stávající nastavení na všechny úrovně obsahu bez uzavření dialogového okna.
Chcete-li přidat položku do řádku Struktura, klepněte na prázdné pole v řádku Struktura, a klepněte na Vložit.
Určete znakový styl pro vybranou část řádku Struktura.
Uspořádá seznam položek oddělených čárkou na jednu řádku.
Viditelné pouze tehdy, klepnete-li na tlačítko E# v řádku struktura. Vyberte, zda se má číslo kapitoly zobrazovat s oddělovačem nebo bez něho.
Seřadí položky literatury vzestupně podle abecedy.
[žádné]
Sloučit stejné položky
Automaticky převede první písmeno položky rejstříku na velké.
Nastaví odsazení položek rejstříku odpovídající tabulkám, ilustracím, rámcům a objektům OLE podle jejich umístění v hierarchii nadpisů kapitol.
_Textové rámce
Pro:
_Zamknuto proti ručním změnám
Nastaví formátování vybrané úrovně rejstříku na styl odstavce ‌„Výchozí“.
Vyberte úroveň rejstříku, jejíž formátování měníte.
Vodorov_né pravítko:
_Zobrazit tlačítka skrývání osnovy
_Zarovnané vpravo
Zkontrolovat nastavení připojení...
Zadejte velikost mezery mezi levým okrajem objektu a textem.
Chybné heslo. Soubor nelze upravit.
Znovu zadejte hlavní heslo.
Chybné uživatelské jméno a heslo pro: %1
Zadejte heslo:
Nastavit hlavní heslo
Prozkoumat certifikát…
Nezaregistrované výchozí formáty souboru
Nadpisy
smazat řádek
Kroky
Skrýt ostatní
Předvolby...
_Seřadit
Zaškrtněte, pokud chcete mít kolem každé stránky ohraničení.
Náhled ukazuje, jak bude vypadat každý list papíru. Procházet všemi listy můžete pomocí tlačítek pod náhledem.
_Počet kopií:
Velikost papíru:
Sudé stránky
Zařízení
Stránka %p z %n
Moderátor
Obecné informace
Průvodce nelze spustit, protože chybí důležité soubory. V nabídce 'Nástroje - Možnosti - %PRODUCTNAME - Cesty' klikněte na tlačítko 'Výchozí' a změňte cesty zpět na výchozí nastavení. Poté průvodce spusťte znovu.
Zdvořilostní zakončení
Ahoj,
Čím chcete pokračovat?
Červená linie
Importovat soubor MS Works
Vydavatel
Typ podpisu
Důvěryhodné zdroje můžete určit na kartě Důvěryhodné zdroje. Je povoleno spustit pouze podepsaná makra z důvěryhodných zdrojů. Také je povoleno spustit jakékoliv makro z důvěryhodného umístění.
Ověření podpisu certifikátu
Šifrování klíče
Vyberte certifikát, kterým chcete elektronicky podepsat aktuální dokument.
Zdroj _znaku
Interaktivní interpretr GIMP Python
Animace mísení vyžaduje nejméně tři zdrojové vrstvy
Deformovat výběr
Vrhnout stín
Poloměr rozostření vrženého stínu
Šestiúhelník
Podíl děr
Interpolace
Zachovat výběr
Poloha
Načíst znovu všechny dostupné skripty Script-Fu
Síla čeření
Script-Fu výběr barvy
Název souboru, který jste zadali není název použitelný pro soubor.
Rozdělení ve směru X
Již máte spuštěn skript „%s“.
4:4:4 (nejlepší kvalita)
<Beze názvu>
_Vše
_Amplituda:
Přidat do barvy náhodný šum
Al_ternativní
Míra:
Vyhlazování…
Před uložením použít masky vrstev
Seznam oblastí
Barva _pozadí
Pozadí (%d%s)
Zdroj v C:
V_elikost buňky:
Kresby lze pouze ukládat!
Nelze přečíst rozšíření z „%s“
Střed
Změnit intenzitu červeného kanálu
_Barva
Vyplnit barvou
Poznámka je omezena na %d znaků.
Plynulá aktualizace
Řízení
Nelze zapsat „%s“: %s
Vytvořit obrázek koule s texturou
Vytvořit kruhovou výseč
Tmavší
Odstranění fraktálu
Oddělit animaci od dialogového okna
Směry
Kreslí se bludiště
Chyba v souboru se stopou GIMP „%s“
Sou_bor
Hledá se pozadí animace
Typ funkce:
Volby malování žáru
Vyhlazování grafiky
ID nápovědy „%s“ není známo
A kde je ten objekt?
Odlesk:
R_ozestup děr:
Koňská kopyta
Otočení odstínu:
Volby vykreslování fraktálu IFS
Prokláda_né řádkování
Při zaškrtnutí bude GTM vytvářet úplný dokument HTML se značkami <HTML>, <BODY>, atd. namísto pouhé tabulky HTML.
Komponenta %d obrázku „%s“ je podepsaná. To není v současnosti podporováno.
Počáteční hodnota:
Barva průsečíků
Odlesk objektivu
Směr X světelného zdroje v prostoru XYZ
Směr Z světelného zdroje v prostoru XYZ
Světlejší:
Načíst soubor QBE
Jas
Maximum vracení zpět:
Pro výběr „Z barvy“ klikněte prostředním tlačítkem myši do náhledu
Upravit obrázek pro optimalizaci velikosti při uložení jako animace GIF
Rozmazávání pohybem
Přenést dopředu
Přesunout náhodně pixely
Násobení náhodnou hodnotou (0,1)
Počet _dolů:
Počet barev
Počet cyklů pokrývajících celý rozsah hodnot
Počet jedinečných barev: %d
O_rientace
Původní:
Další volby
P_apír
Stránky, které se mají načíst (např. 1-4 nebo 1,3,5-7)
Parametr k:
Rovinu
Vyplňte prosím všechna textová pole.
Předčasný konec souboru.
_Náhodnost (%):
Přenést vybraný objekt úplně nahoru
Znovu přepočítat střed
Vykreslit fraktálový obrazec
Zaktualizovat fraktály
Retine_x…
Vrátit původní obrázek
Pravý okraj mimo rozsah (musí být < %d): %d
_Uložit výchozí nastavení
Uložit nastavení mixéru kanálů
Uložit čas vytvoření
_Rozptylování:
Obrazovka
Prodleva v sekundách
Vybrat následující vektor
Vybrat předchozí vektor mv
_Tmavé tóny
Zobrazovat řídicí body
Zobrazit následující objekt
Stran:
Simulovat barevné zkreslení kopírky
_Plynulá paleta…
Třpyt
Rozprostření
Zastaví nahrávání aktuální stránky
Super_nova…
Nahradit barvu jinou barvou
Přepnout proti směru hodinových ručiček
Volby tvorby tabulky
Volby tabulky
Bitmapa neočekávaně končí.
Čím více iterací, tím více detailů v obraze.
Odstín oblasti určí velikost tahu
Obrázek, který se pokoušíte uložit jako XBM, obsahuje více než dvě barvy. Převeďte jej prosím do černobílého (jednobitového) indexovaného obrázku a zkuste to znovu.
Dlaždice nové velikosti
Vlevo nahoře
Rovnoměrná
Maskování rozostření
Nepodporovaný barevný režim: %s
Nepodporovaná nebo neplatná velikost masky vrstvy: %d×%d
Oblasti obrázku deformujte pomocí myši
_Video…
Zobrazení zdrojového kódu
Navštívit webové stránky s dokumentací GIMP
Se _zdrojovým obrázkem
_Pracovat na kopii
Nelze otočit celý obrázek, existuje-li plovoucí výběr.
_Kompenzace černého bodu
_Konvoluční matice…
_Sloučit hloubku…
R_eliéf
_Fraktály
Poznámka _GIF:
_Ignorovat spodní vrstvu, i když je viditelná
_Palec
_Odstranit přechody
Velikost _masky:
_Množné číslo:
_Výzva k informaci o oblasti
Na_stavit index okolí na 0
_Rastrovací funkce:
_Základní dlaždice:
_Titulek:
_URL se aktivuje kliknutím na tuto oblast: (povinné)
Po_užít prodlevu zadanou výše pro všechna políčka
Po_užít dvojitou velikost obsluhy nabírání
Použít tuto hodnotu pouze pro políčka, která nemají prodlevu uvedenu.
S bílý_m šumem
Rozlišení _Y:
autostretch_hsv: cmap bylo NULL! Končí se…
milisekund
Funkce založená na sin^p
(naimportován)
%s (jen pro čtení)
Zásuvný modul %s nemohl otevřít obrázek
%s pro nastavení zdroje léčení
%s: symetrický
2D transformování
3 300 K – Žárovky
5 000 K – Vodorovné denní světlo
Aktivní ovladače
Přidávat do importovaných obrázků alfa kanál
Zarovnat střed cíle
Animovat
Použít uloženou stopu
Použít uložené písmo
Atribut „%s“ je neplatný na prvku <%s> v tomto kontextu
Rámec
Stopa „%s“ není upravitelná
Poměr stran stopy
Poloměr stopy
Velikost stopy
Vestavěné odstíny šedi (%s)
Tlačítko 8
Využití procesoru
_Barevná pipeta
Zrušit vodítko
Nelze oříznout, protože obrázek nemá žádný obsah.
Nelze vyplnit prázdný kanál.
Nelze sloučit dolů se skupinou vrstev.
Režim do_plňování plátna:
Změna barvy popředí
Změnit barvu vybraného textu
Vlastnosti kanálu
Kliknutím nebo kliknutím a táhnutím přidáte posuvník
Kliknutím nebo kliknutím a táhnutím vytvoříte nového ukotvení
Klikněte pro přidání řídicího bodu
Kliknutím rozostříte
Kliknutím spojíte toto ukotvení s vybraným koncovým bodem
Kliknutím rozmažete čáru
Kliknutím a táhnutím přesunete čáru
Klonování: selektivně kopírovat z obrázku či vzorku pomocí stopy
Zobrazení se správou barev
Mapa barev
Poz_námka:
Nastavit mřížku obrázků
Potvrzení rozměrů obrázku
Převést pixely do vestavěného sRGB pro použití filtru (pomalé)
Vytvořit nový kanál
Výchozí mřížka
Vzdálenost rozptylu
Rozmístit dolní hrany cílů
Chcete jej nahradit obrázkem, který ukládáte?
Zesvětlení / ztmavení: selektivně zesvětlit či ztmavit štětcem
Duplikovat transformaci
Chování na hraně
Upravit tato nastavení jako křivky
Upravit tato nastavení jako úrovně
Guma
Exportovat IPTC metadata ve výchozím nastavení, pokud jsou k dispozici
Exportovat do %s
Fatální chyba zpracování souboru se stopou: široké stopy nejsou podporovány.
Rozostřit výběr o
Typ souboru:
Vyplnit cestu
Písmo „%s“ není v tomto systému dostupné
Složky s přechody
V
Režim úchytů
Ostré hrany
Hinting mění obrys fontu pro vytvoření ostré bitmapy v malých velikostech
_Obrázek
Pokud obrázek neuložíte, změny provedené za poslední hodinu a %d minut budou ztraceny.
Obrázek „%s“ (%d) má hloubku „%s“, ale je očekáván obrázek s hloubkou „%s“
_Inkoust
Indexované s průhledností
Neplatná posloupnost znaků v URI
Neplatný prázdný název přechodu
Čára:
Zamknout polohu a veliko_st
Režim:
Přesunout vybraný ovladač výše
Počet bar_ev:
Nejsou dostupné žádné přechody pro použití s tímto nástrojem.
Již není k dispozici
Pro tuto operaci nejsou k dispozici žádné vzorky.
Jednotka posunu
Otevřít textový soubor (UTF-8)
Režim malování: %s
Malováním přes plochy označit hodnoty barev pro zahrnutí do nebo vyloučení z výběru
Štětec: malovat hladké tahy štětcem
Cesta do výběru %s Sjednocení %s Rozdíl %s Průnik
Mnohoúhelník
Před_nastavení:
Stisknutím Enter převedete na výběr
Procedura „%s“ byla zavolána s nesprávným typem hodnoty pro argument č. %d. Očekáváno %s, obdrženo %s.
Hledají se nové zásuvné moduly
Připraven
Změnit ve_likost vrstev:
Navrácení obrázku
Otáčení
Otočit pohled
Vzorkovací body
Uložit aktuální nastavení jako pojmenované přednastavení
Škálovat okolo středového bodu
Zvolte cílový profil
Výběr podle barvy
Nastavit položku jako exkluzivně spojenou
Nastavuje vyhledávací cestu dynamiky.
Naklonění
Zobrazovat pokročilé možnosti barev
Rozdělit _náhled
Stav:
Vykreslit výběr
Dočasná složka:
Uživatelská příručka GIMP není nainstalována ve vašem jazyce.
Pixely aktivního kanálu jsou uzamčeny.
Aktivní obrázek. Dialogové okno obrázku otevřete kliknutím.
Dávkový interpretr „%s“ není k dispozici. Dávkový režim je zakázán.
Zadaný název souboru nelze použít pro exportování
Ve %d obrázcích jsou neuložené změny:
Tyto funkce jsou nedokončené, obsahují bugy a mohou způsobit pád aplikace GIMP. Doporučuje se je používat pouze v případě, kdy opravdu víte, co děláte, nebo zamýšlíte podílet se na jejich opravě.
Miniatura %d z %d
Krok transformace
Nahrávání obrázku (%s z %s)
Používat online verzi
Je-li povoleno, jsou vodítka ve výchozím stavu viditelný. Jejich viditelnost je také možné přepínat pomocí „Zobrazení->Zobrazovat vodítka“.
Je-li povoleno, je lišta s nabídkou ve výchozím stavu viditelná. Její viditelnost je také možné přepínat pomocí „Zobrazení->Zobrazovat lištu s nabídkami“.
Chování správce oken
Výběr po_dle barvy
Styl za_končení:
_Ořezat
_Sloučit
_Překrytí
_Restartovat GIMP
_Naklonění
Zobrazit umístění souboru se stopou ve správci souborů
O_dstranit stopu
_Upravit stopu…
Vložit vyrovnávací paměť _do výběru
Vybrat kanál pod aktuálním kanálem
_Nový kanál
Výběr nástroje: vybrat podle indexu
Paměť
240 sekund
Otevřít editor stop
Otevřít dialogové okno se vzorkovacími body
Chránit tuto kartu před možným přesunem pomocí myši
Kopírovat umístění obrázku do schránky
Znovu vytvořit náhled
Překlopit s_visle
Posunout pixely, volitelně s propojením okrajů
_Duplikovat dynamiku
Smazat vybrané pixely
Ze _schránky
Vložit obsah schránky
Znovu zopakovat poslední vrácenou operaci
Vymazat chybovou konzoli
Zapsat všechny chybové zprávy do souboru
Exportovat obrázek zpět do importovaného souboru v importním formátu
An_imace
Ma_pa vyvýšení...
_Erodovat
_Světlo a stín
_Mapovat
Rozostření pomocí _mediánů…
_Vinětace...
D_uplikovat přechod
Vytvořit nový obrázek
Oříznout obrázek podle rozsahu jeho obsahu (odstranit prázdné okraje okolo obrázku)
Vo_dítka
Š_kálovat obrázek…
Vymazat barvy
Měkké světlo
Přidat do vrstvy informace o průhlednosti
Vytvořit novou vrstvu a přidat ji do obrázku
Odstranit tuto vrstvu
Upravit název vrstvy
Nová z _viditelné
Nahradit výběr maskou vrstvy
Změnit velikost vrstvy podle velikosti obrázku
Z_obrazit masku vrstvy
Nová barva z po_zadí
_Nový vzorek
_Sloučení vzorkování
_Vykreslit výběr
Posunout pohled
Kopírovat _umístění přednastavení nástroje
_Znovu načíst přednastavení nástrojů
Ukotvit plovoucí výběr
Uspořádat objekty
Připojit parazita k položce
Olemovat kanál
Změnit položku mapy barev
Vodítko
Importovat cesty
Zamknout/odemknout obsah
Nelze zpět
Odstranit červené oči
Odstranit plovoucí výběr
Změnit velikost cesty
Vybrat podle barvy
Částečně zploštit
Transformovat položky
Vytvořit novou cestu s naposledy použitými hodnotami
Vybrat spo_dní cestu
Výběr na cestu
Přepnout stav _spojení cest
_Nová cesta…
Zavřít aktivní pohled na obrázek
Cíl vykreslování na ob_razovce
Cíl vykreslování na obrazovce je perceptuální
Zobrazovat _mřížku
Posun dolů
Posun k hornímu okraji
Zobrazovat lištu s nabídkami tohoto okna
Cíl vykreslování náhled tiskového výstupu je relativní kolorimetrický
Při nástrojových operacích se přichytávat k vodítkům
Gigantické
v <b>%i</b> vrstvě
na %d vybraném objektu
Nalezeny %1 objekty
%d strany
%s…
(široká stopa spreje)
(vlasová čára)
(minimální síla)
(minimální rozptyl)
(rychlost rozšiřuje tah)
1. strana, ven:
Dvoubodový režim (pohyb a rotace, udržovaný poměr stran X/Y)
3D mnohostěn
3D deformovaná perleťová struktura
<b>Dostupné barvové profily:</b>
<b>Úsek křivky</b>: ůhel %3.2f&#176;, délka %s; <b>Ctrl</b> přichytává k úhlům, <b>Enter</b> nebo <b>Shift+Enter</b> dokončí cestu
<b>Tažením přes</b> objekty je veberete; stisknutím <b>%s</b> přepnete na výběr dotykem
<b>Výplň šrafováním</b>
Nevybrány <b>žádné</b> úchyty přechodu z %d v %d vybraném objektu
<b>P1</b>: jednoduchý posuv
<b>P4</b>: rotace o 90&#176;
<b>Zkosení</b>: %0.2f&#176;; <b>%s</b> přichytává k úhlům
<small>Na sloupec:</small>
<span size='large'><b>Žádné výsledky</b></span>
<span weight="bold" size="larger">Soubor s názvem "%s" již existuje. Chcete jej nahradit?</span> Soubor v "%s" již existuje. Jeho nahrazení přepíše jeho obsah.
A0 (na šířku)
_Osy
Přidat zarážku barevného přechodu
Přidat vodítka z nástroje pro měření
Přidat/Upravit profil
Přidat záložní možnosti pro vykreslovače, které nepodporují SVG 2.
Upravit hodnotu vyrovnání
Nastavit tloušťku tahu
Upraví <b>poloměr základny</b> hvězdy nebo mnohoúhelníku; <b>Ctrl</b> udrží paprsky hvězdy v kruhu (bez zkosení) <b>Shift</b> zaobluje; s <b>Alt</b> náhodně
Upraví <b>šířku a výšku</b> obdélníku; s <b>Ctrl</b> uzamčení poměru nebo roztažení pouze v jedné dimenzi
Sprej
Zarovnání
Zarovnat doprava
Všechny části obrázku a případně - kód budou generovány tak, jak jste nakonfigurovali a uložili do jednoho adresáře.
Všechny sady symbolů
Povolit zmenšení palety
Měnit znaménko posunu v každém řádku
Aplikovat styl jaký jste naposled nastavili objektu
Použít na každý _objekt zvlášť
Arabština (ar)
Oblast vyplněna, vytvořena cesta s <b>%d</b> uzlem.
Exportovaná oblast je celý výkres (ignoruje se velikost stránky)
Ptát se na propojení a škálování při importu bitmapových obrázků
Režim přitahování/odpuzování
Doladění přitahováním/odpuzováním cesty
Základní frekvence:
Bengálština
Bitová hloubka
Šířka exportované bitmapy v pixelech (převáží --export-dpi)
Režim importu/otevření bitmapy:
Neprůhledné černé
Spadávka/okraj (mm)
Přezáření
Stránky knihy začínající vpravo
Rozdělit přeřezané položky
Zlomit čáru ve vybraných uzlech
Procházet adresář exportu
Vestavěný efekt
Štítek disku CD 120 × 120
Karské
Styl kreslení komiksu s vybledlými okraji
Změnit zakřivení konektoru
Změnit vzdálenosti mezi konektory
Typ grafu:
Toto zaškrtněte, chcete-li, aby funkce „vybrat stejné“ fungovaly jako funkce vybrat všechny, s omezením pouze na aktuální vrstvu.
Zaškrtnutím této možnosti zobrazíte pohyby mezi cestami (výchozí: nezaškrtnuto)
Klasický symbolický
Vyčistit dokument
Schránka neobsahuje cesty.
Barevné kalibrační pruhy
Barevná matice
Barva a alfa
Doladění malováním
Kvantizace barev
Zobrazení řízení barev je v tomto okně <b>zakázano</b>
Vybarvitelná výplň s průhledným tokem vevnitř
Obarvení vybrané bitmapy určenou barvou s použitím dané průhlednosti
Kombinování cest…
Komiksový náčrt
Ovládací prvek 13:
Ovládací prvek 14:
Ovládací prvek 1:
Ovládací prvek 5:
Ovládá viditelnost vrženého stínu pro kurzory Inkscape.
Převést tah vybraného objektu na cesty
Převést tvary na cesty
Převede na CANVAS HTML 5
Kopie vzorků:
Vytvořit B-spline cestu
Vytvořit _vodítka kolem plátna
Vytvořit sekvenci paraxiálních úseček
Vytvořtit průnik vybraných cest
Vytváření nové cesty
Tvůrce:
Kostky
Křivka (%):
O_říznout cestu
Rozdělit spodní cestu na kousky
DPI 90 na 96
DPI 96 na 90
Šířka hřbetu DVD:
Definuje barvu světelného zdroje
Vývojářský režim
Profil zařízení:
Nastavení dialogových oken
Zobrazit více ikon v řadě.
Vzdálenost kolmých čar od cesty
Rozmístění vybraných objektů; použití: [hgap | left | hcenter | right | vgap | top | vcenter | bottom]
Provede export
Dokument uložen.
Nakreslit kolmé čáry mezi podcestami cesty, jako příčky žebříku
Nakreslit tolik přibližných tahů
Vynechat bitmapový obrázek
_Duplikovat
Duplikovat aktuální vrstvu
Duplikovat vybrané objekty
Duplikovat uzel
Trvání v sekundách:
Pře_sná shoda
Středy hran
Upravit barvy, barevné přechody, šipkové konce a další vlastnosti výplně a tahů objektů…
Upravit na plátně
Upravit tah…
Upravit transformační matici
Vkládat písma
Vložení výsledků do samostatných větších SVG souborů. Odkaz odkazuje na soubor mimo tento SVG dokument a všechny soubory musí být přesunuty společně.
Reliéf vybrané bitmapy; zvýrazněte hrany s 3D efektem
Prázdné typografické plátno s pomocnými vodítky.
Povolit úpravu barevného přechodu
Zapouzdřený PostScript (*.eps)
Koncová hodnota X:
Angličtina/Austrálie (en_AU)
Mizící
Okraj exportu
Exportovat vstupní soubory (%1) do formátu PNG při zachování původního názvu (%2):
Exportování %1 souborů
Externí
Extrahuje objekty z dlaždicované vzorkované výplně
Selhalo načtení požadovaného souboru %s
Nepodařilo se otevřít výchozí tiskárnu
Soubor nelze uložit: Nebyl nalezen žádný objekt s ID „%s“.
Editor _filtrů
Změní velikost strany dle velikosti aktuálního výběru, nebo celé kresby pokud neexistuje žádný výběr
Oprava pravopisu
Flexibilní bublinový efekt s určitým posunem
Plovoucí
Výška písma
Podrobnosti o QR kódech najdete na adrese:
Galicijština (gl)
Gama korekce:
Vygenerovat logovací soubor
Obecné plátno zvolené velikosti.
Získat omezující ohraničovací rámeček z výběru
Globální prolnutí:
Konce aktuální cesty nalepit na konkrétní pozici na jedné nebo dvou dalších cestách
Barevný přechod
Graf
Rostoucí buňky
Vodítka
Výška jednotky:
Skrýt další vrstvy
Vysoce konfigurovatelný kostkovaný vzorek tartanu
Režim historie
Kolik konstrukčních čar (tečen) vykreslit
Jak aktualizovat neustále se měnící obsah, když jej nelze překreslit dostatečně rychle
Ikona 48 × 48
Je-li zapnuto, bude ohraničení strany vždy nad kresbou.
Pokud je nastaveno, zapíše se místo číselné hodnoty název CSS barvy, pokud je k dispozici (např. „červená“ nebo „purpurová“).
Pokud chcete klonovat několik objektů, <b>seskupte</b> je a <b>klonujte skupinu</b>.
Ignorovat rotace obrazu
Ignorovat slova psaná velkými písmeny, například "IUPAC"
Efekt osvětleného skla se světlem vycházejícím zespodu
Soubor s obrázkem
Importovat formát AutoCAD Document Exchange
Nastavení importu
Činnost v případě nevhodných vlastností stylu
Inkoustová skvrna na savém papíru
Licence Inkscape
Inkscape: Základy
Inkscape: Kaligrafie
Inkscape: _Vektorizace
Pehlevské psané
Partské psané
Režim rozhraní
Interval (v minutách), ve kterém bude dokument automaticky uložen
Neplatný selektor CSS.
Ostrovy
Kaleidoskop
Jádro:
Tisk LaTeXu
Větší rozestup
Rozložení
Úhel vlevo:
Délka:
Typ čáry
Ve výchozím nastavení uzamknout rotaci plátna
Zamknout délku
Nižší kvalita (rychlejší)
Přesunout nynější vrstvu zcela naspod
Světlost
OKRAJ
Přinutit konektory ignorovat vybrané objekty
Postupně zprůhledňuje nejsvětlejší části objektu
Mapovat Unicode na Zapf Dingbats
Fix
Maximální
<b>Úchyt</b> síťkového barevného přechodu
Metalický nátěr
Způsob změny měřítka:
Minimální vertikální mezera (v jednotkách pixelů) mezi ohraničujícími rámečky
Ostrý spoj oříznutý
Přesunuto
Násobit rozsah t hodnotou 2*pi
Nový dokument (neuloženo)
Nový textový uzel
Není vybrán žádný soubor
Bez kliknutí
Čára s uzly
Symetrický uzel
Nerealistické 3D shadery
Normalizovat vybranou bitmapu, rozšiřující rozsah barev na celý možný rozsah barev
Nezaobleno
Poznámka k hmotnosti vazby: # výpočet je pouze odhadem.
Nic k vrácení.
Numerická klávesnice
Posun %
Původní kurzíva
Průhlednost
Opál
Otevřít komprimované výměnné soubory uložené v Corel DRAW
Otevřít soubory z ACECADu Digimemo
Otevřít soubory uložené v Adobe Illustrator 9.0 a novějších verzích
Otevřít složku motivů
Operace:
Osamocené klony jsou převedeny na běžné objekty
Velikost výstupní stránky:
Nástroj Plechovka barvy
30% šedá
Olivová (#808000)
akvamarín (#7FFFD4)
béžová (#F5F5DC)
tmavooranžová (#FF8C00)
lososová (#FA8072)
kouřově bílá (#F5F5F5)
Vložit _efekt cesty
Vložit objekty ze schránky do původní polohy zkopírovaných objektů
<b>%s</b>: tažení tvaruje cestu, kliknutí přepíná mezi táhly rozměru a otočení (další možností s Shift, Ctrl, Alt)
<b>Ctrl+Alt</b>: přesun podél osy úchytu, kliknutí smaže uzel
Cesty, ze kterých se mají převzít data původní cesty
Vzorek na objekty
Féničtina
Zvolit
Nabrat červenou složku barvy
Zvolit jas barvy
Nabrat celkové nastřádané krytí
Rozmatlání pixelů
Vyberte prosím prvek ke klonování
Puntíky, malé bilé
Připravit cestu pro plazmu
Zachovat manuálně vytvořená ID, která nekončí číslicemi
Vyhledávání zahájíte stisknutím tlačítka „Enter“.
Velikost náhledu (px):
Př_edchozí rozšíření
Principy návrhu ve formě kurzu
Vypsat verzi Inkview
Zpracování souborů SVG aplikace Illustrator
Umístit atributy na stejný řádek jako značku prvku
Radiální dovnitř
Přesunout navrch
Náhodné vnitřní průchozí otvory
Provést náhodnou změnu svislého posunu o tato procenta
Náhodnost plynulosti „spodních“ půlotáček
Čtení
Změna uspořádání
Soutiskové značky
Uvolnit masku
Uvolnit masku
Odebrat položku
Odstranit ruční _párování
Odstranit glyf
Odstranit vnitřní
Odebrat nepoužívaná ID
Nahradí každou pixelovou složku středovou barvou v kruhové oblasti
Zamíchá generátor náhodných čísel; to vytvoří odlišnou řadu náhodných čísel.
Proděraví povrch a přidá do obrázků hrboly
Otočit proti směru hodinových ručiček
Otočit doprava
Otočit vzorek o 90 ° ve směru hodinových ručiček
Úhel otočení (kladný = ve směru hodinových ručiček)
Otáčí po směru hodinových ručiček
Vstup SVGZ
V_zorníky
V_zorníky…
Ukázkový text
Měřítko síťky přizpůsobit tak, aby se vešla do ohraničujícího rámečku.
Měřítko výsledků
Prohledávat složky rekurzivně
Hledat ve vlastnostech objektu, stylech, atributech a ID
Vyberte <b>objekt(y)</b> k přesunu o vrstvu níž.
Vybrat vše ve všech vrstvách
Vybrat originál
Vyberte soubor pro import
Vybrat všechny objekty
Vybere všechny objekty se toutéž barvou výplně jako vybrané objekty
Vybrat všechny cesty pokud není nic vybrané
Nastavit _oříznutí
Nastavi_t jako výchozí
Nastavit dithering pro export PNG
Nastavit dobu trvání:
Nastavit výšku exportu
Nastavit opakování přechodu
Nastavit šířku cesty na výchozí:
Zobrazit obrys
Zobrazit masky vybraného objektu
Textura hedvábného koberce, vodorovně proužkovaná
XAML slučitelné se Silverlightem
Jednoduché míchání
Sindhština (sd)
Jednotlivé
Vyhladit rohy
Vyhlazení:
Mírné vyvýšení, lehce prohloubený střed
Plně bílé
Zdrojová alfa
Zdroj a cíl přenosu:
Spekulární
Režim rozdělení: Normální
Rozptyl:
Razítkovat
Hvězda místo běžného mnohoúhelníku (s jedním úchytem)
Zůstanou nepřesunuty
K_roky:
Zastavit po (doporučeno 30)
Zarážky
Pruhy: 1:4
Pruhy: 4:1
Tah, výplň, značky
Styl nových hvězd
Ne Po Út St Čt Pá So
Švédština (sv)
Přepnout na tětivu (uzavřený tvar))
Výdejna zavazadel
Porovnat
Šipka vlevo
Domácí zvířata na vodítku
Naučná stezka
Schody dolů
Chybová zpráva systému: %1
Text: Změnit výšku řádku
Díky!
Oblast vybraná pro export je neplatná
Soubor %s není platný soubor předvoleb Inkscape.
Další parametr je užitečný, když vyberete více než dva prvky
Velikost mřížky ve směru Y.
Přepnout zamykání položky
Přepnout zámek všech vodítek v dokumentu
Přepnout přichytávání k cestám masky
Přepnout přichytávání na střed otáčení objektu
Nahoře a střed
Vektorizace: hotovo. Vytvořeno %ld uzlů
Doladění
Odrámovat rámový text
Rozdělit skupiny vytvořené při nastavování ořezu/masky
Unicode znak:
Spojené kanadské domorodé slabičné písmo -Rozšířené
Odemknout objekt
Nepojmenovaný dokument %d
Nepodporovaná procentuální velikost!
Aktualizovat cesty při přetahování nebo transformaci uzlů; pokud je tato možnost vypnutá, budou cesty aktualizovány pouze po dokončení přetažení
Urdština (ur)
Použít otevírací a ukládací dialogová okna jako ve Windows
Použít nativní pravoúhlé lineární přechody
Použít systémový motiv
Měnit šířku pera dle přítlaku na vstupní zařízení
Hrbolatý samet
Svislý poloměr kružnice, elipsy nebo oblouku
Svislá změna měřítka na sloupec (v % šířky dlaždice)
Svislá změna měřítka na řádek (v % šířky dlaždice)
Zobrazit využití paměti
Vizuální
Vizualizovat směr vybraných cest nakreslením malých šipek uprostřed každého obrysového segmentu
Zda budou mezery mezi sloupci rovnoměrné (1), sbíhavé (<1) nebo rozbíhavé (>1)
Víření
Bílý bod:
Šířka hala v px
Windows - střední a východní Evropa
Windows - západní Evropa
Týden
Vrásčitý lak
Formátování XML
Musíte vybrat správné systémové kódování.
Cikcak
Přiblížení a oddálení pomocí rolovacího kolečka
Oddálí (zmenší) zobrazení
Editor _bitmap:
_Paleta příkazů
Zahrnout do výběrového boxu
Ukázat/skrýt os_tatní vrstvy
_Přesunout do vrstvy…
_Vzor:
_Fí:
_Otočení
_Vektorizovat bitmapu…
osa:
Č:
stupeň
odstranit
pro rozšíření nebyla definována žádná implementace.
z: %s
Šrafování (hrubé)
Měření částí
náhled barev tisku
začíná blízko okraje
{} je zastaralý a měl by být odstraněn
(vystaveno)
(Potřebuji hodnotu)
(nikdy)
* tato data o komoditách byla sestavena pomocí cen účetních položek místo seznamu cen.
12 měsíců
<b>Kategorie</b>
<b>_Příjmový účet</b>
<b>_Zvolené sestavy</b>
Účetní položka, jejíž skóre nejlepšího přiřazení je v zelené zóně (nad nebo rovné prahu Auto-ZÚČTOVAT) bude implicitně ZÚČTOVÁNA.
Typy účtů
Název účtu
Závazky
Po odsouhlasení výpisu kreditní karty nabídnout uživateli zadání splátky kreditní karty.
Všechny účetní položky podúčtů budou odstraněny.
Při zpracovávání %s došlo k chybě.
Opravdu chcete odstranit vybranou účetní položku?
Aktiva
Fakturační adresa
Nemohu zpracovat URL %s.
Nemohu vytvořit plánovanou účetní položku z právě upravované účetní položky. Před plánováním účetní položku prosím potvrďte.
Středoevropské (IBM-852)
Změnit odsouhlasenou část?
Zjednodušené čínské (GB18030)
Tradiční čínské (Big5)
Dialog volby vlastníka
Datum uzavření
Vzor zavíracích položek je regulární výraz
Hotovo
Při ukládání souboru dat na disk jej zkomprimovat gzipem.
Závisí na tom, že části nemají proměnné
Nemohu otevřít soubor %s. Chyba je: %s
Současná hodnota:
Vyjmout aktuální výběr a zkopírovat jej do schránky
Azbuka (ISO-IR-111)
Azbuka (MacCyrillic)
Implicitní měna pro nové účty
_Popis
Sleva %
Zobrazit graf vybraných dat
Zobrazovat akci?
Zobrazovat odkazy faktury?
Zobrazovat počet položek?
Zobrazovat odkaz účetní položky?
Upravit kurz pro aktuální účetní položku
Zaměstnanec
Sestava zaměstnanců
Zadejte příjmový/výdajový účet pro položku, nebo jej zvolte ze seznamu
Entita nenalezena: %s
Odhadnout
Odhadnout hodnoty rozpočtu
Graf výdajů
Soubor nebyl nalezen nebo bylo odmítnuto oprávnění ke čtení. Zvolte prosím jiný soubor.
Filtrovat podle...
Pro období pokrývající ~a až ~a
ISO-8859-8 (Hebrejské)
ISO-8859-9 (Turecké)
Pokud stisknete tlačítko <i>Ano</i>, dialog <i>Vítá vás GnuCash</i> bude znovu zobrazen, až příště spustíte GnuCash. Pokud stisknete tlačítko <i>Ne</i>, už znovu zobrazen nebude.
Neplatná proměnná ve výrazu.
Nevyváženost
Importovat MT94_2
Importovat _OFX/QFX...
Indické
Počáteční nastavení online bankovnictví
Účtované úroky
Je daň zahrnuta v tomto typu položky?
Korejské (ISO-2022-KR)
Korejské (JOHAB)
poslední rok
Značka
Možnost s více výběry
Nový zákazník
Ne, nechat je v současném stavu
Není proměnná
Počet výskytů
Otevřít účet
Platba soukromého pojištění hypotéky
Příjemce:
Procenta
Období %s – %s
Vyberte prosím komoditu, které přiřadit následující burzovní kód. Všimněte si prosím, že burzovní kód komodity, kterou vyberete, bude přepsán.
Umístění částky šeku jako číslo
Postup
Import QIF
Jméno kategorie QIF
Přepočítat (jedno) prázdné pole z polí výše.
Odsouhlaseno (Sestava)
Účetní kniha
Obnovit
Frekvence splátek
Chyba sestavy
Plánováno
Plánované účetní položky s proměnnými nemohou být automaticky vytvářeny.
Informace o cenném papíru
Vybrat implicitní výběr.
Zobrazovat účty po tuto hloubku, bez ohledu na jiná nastavení.
Zobrazit všechny části aktuální účetní položky
Zobrazovat připomenutí splatných účtů při spuštění
Zobrazovat seznamy
Zobrazovat počet podílů
Zobrazovat _úvodní obrazovku
Zobrazovat částečné součty rodičovských účtů, které mají podůčty.
Zobrazit účetní položky na jednom nebo dvou řádcích a rozbalit aktuální účetní položku
Od posledního spuštění...
Začátek tohoto čtvrtletí
Řetězcová možnost
Souvisí s _daněmi
Šířka rámečku tabulky
Tabulka pro export
Tento soubor QIF je již načten. Zvolte prosím jiný soubor.
Editor plánovaných účetních položek nemůže automaticky vyrovnat tuto účetní položku. Má být přesto vložena?
Možnost s více výběry je ~a.
Zvolený typ účtu není kompatibilní s typem zvoleného rodiče.
Při čtení souboru došlo k chybě. Chcete pokračovat?
Při ukládání souboru došlo k chybě. %s
Tento účet obsahuje účetní položky jen pro čtení, které nelze odstranit.
Tato účetní položka je označena jen pro čtení s poznámkou: '%s'
Účetní položky s více částmi, např. výplatní pásku s více srážkami, zadáte kliknutím na tlačítko Rozdělit v liště nástrojů. Nebo můžete v menu Zobrazit -> Styl zvolit styl účetní knihy Automaticky-rozdělená účetní kniha nebo Záznam účetních položek.
_Dnes
Celkem kredit
Celkem k zaplacení
Součty
Účetní položka zneplatněna
Nepárová závorka
Zrušit vystavení
Používat 24 hodinový (místo 12 hodinového) formát času.
Používat zadanou měnu pro všechny nově vytvářené účty.
Používat zadanou měnu pro všechny nově vytvářené sestavy.
Vietnamské (VPS)
Zobrazit a upravit ceny akcií a podílových fondů
Zobrazit/upravit dodavatele
Neplatná
Výběr
Musíte zadat platnou částku 'do'.
Musíte pro tuto účetní položku zadat účet, ze kterého nebo do kterého převést, nebo oba. Jinak nebude zaznamenána.
Musíte zadat fakturační informace.
_Dnů předem
_Odstranit rozpočet
Za_hodit změny
_Hledat dodavatele...
_Dokončit
_Otevřít v novém okně
_Znovu vyvážit
Z_neplatnit účetní položku
d-m-r
neodpovídá žádnému účtu
minut
pomocí escrow účtu?
