Počet průběhů:
Barva výplně
Zdroj světla 4
Výchozí směr, ve kterém jsou díly výsečového grafu seřazeny proti směru hodinových ručiček. Zaškrtnutím pole Po směru hodinových ručiček vykreslíte díly grafu v opačném směru.
Nelze vytvořit spojení. Možná není nainstalován potřebný poskytovatel dat.
Graf založený na tabulce ve Writeru vytvoříte tím, že do tabulky kliknete a zvolíte Vložit > Graf.
Vyberte speciální znak, který automaticky nahradí koncovou uvozovku při příkazu Nástroje - Automatické opravy - Použít.
Stav
Odkazy
Vypisuje seznam originálních písem a písem, která je nahradí. Pro nahrazení obrazovkového písma i písma tiskárny, i když je originální font nainstalován ve vašem systému, zvolte Vždy. Pro nahrazení písma pouze na obrazovce a ne při tisku zvolte Pouze obrazovka .
Vyberte velikost písma pro zobrazení zdrojového kódu HTML a Basic.
Zobrazí metody objektu jazyka Basic.
Část hangul se zobrazí jako ruby text nad částí handža.
Uživatelem definované slovníky
Zakulacený
Otevře dialogové okno Upravit vlastní slovník, ve kterém můžete do vlastního slovníku přidávat nové položky nebo upravovat existující.
Nová nabídka
Použít _dialogy %PRODUCTNAME
Prod_loužené samohlásky (ka-/kaa)
Uživatelem _definované slovníky
Duplicitní název
Zadejte souřadnici X ovládacího bodu 2
Ukotvení textu
Volání 'absolute(0)' není povoleno.
Složka
Obsahuje všechny záznamy z tabulky '%1', ale pouze takové záznamy z tabulky '%2', pro které jsou obsahy spojovaných polí identické.
Zadejte požadovanou výšku řádku.
Bez konce stránky
Text zarovnán nahoru
DD/MM/RRRR
Pro využití adres v šablonách %PRODUCTNAME je nutné nastavit, která pole obsahují jaká data. E-mailové adresy můžete mít například uloženy v poli s názvem „email“, „E-mail“, „EM“ nebo nějakým úplně jiným. Klepnutím na níže uvedené tlačítko otevřete dialogové okno, ve kterém můžete přiřazení polí pro zdroj dat nastavit.
Interval nebo počet znaků k seskupení.
Udržet skupiny pohromadě na jedné stránce?
Záhlaví/zápatí stránky...
_Formulář
Počet úspěšných pokusů v sérii.
Mezní pravděpodobnost, kterou je třeba alespoň dosáhnout.
Číslo, k jehož násobku má být hodnota zaokrouhlena.
Poslední splátka, která se má brát v potaz.
Kumulace. PRAVDA vypočítá distribuční funkci, NEPRAVDA pravděpodobnostní funkci.
Spojí několik textových řetězců do jednoho, jako argumenty lze zadávat oblasti buněk. Mezi řetězce se vloží oddělovač.
_Uživatel
Vyberte datové pole, podle kterého chcete data seřadit.
Zadejte název pro databázovou oblast, kterou chcete definovat, nebo vyberte existující název ze seznamu.
Přidá do kontingenční tabulek založených na údajích ze sešitu tlačítko Filtr.
O_bnovit vše
Rozsah obsahuje...
Vrací kotangens komplexního čísla
Volatilita
Trend
Zvětšit velikost písma
Oblast záhlaví
Spustit při _kliknutí
Zá_patí
Kroky _tabulátoru:
Určuje dobu, po kterou bude každý snímek zobrazen.
Uložit ~jako...
Změny budou ztraceny, pokud je neuložíte.
Vytiskne vzorec bez úpravy aktuální velikosti písma.
Sindhština, Dévanágarí
Vzorec OpenDocument
Štětec
Rozšíření A unifikovaných ideogramů CJK
Slabičné Yi
Vlastní
Klasická modrá
Elektronicky podepsán:
150 %
Celkem vodorovných naklonění
Bézierovy křivky
Tvary symbolů
Zadejte intenzitu efektu odrazu.
Části
Použít _dynamické mezery
Odstavec pozadí barva
Nastavit styl „Tělo textu“
Odesilatel
Předchozí objekt OLE
Zobrazí sloupec vlevo.
Převést tabulku na text
Zadejte služební mobilní telefon.
Určete vzdálenost mezi dolním okrajem tabulky a textem pod tabulkou.
Zobrazuje rámec, který je v řadě odkazů za aktuálním rámcem. Chcete-li přidat nebo změnit předchozí odkaz, vyberte rámec ze seznamu. Pokud spojujete rámce, aktuální a cílový rámec musejí být prázdné.
Po_dmínka:
Vyberte formát ze seznamu, pokud nejsou přijaty formátovací informace z některého datového pole.
Vytvoří název každého souboru podle údajů v databázi.
Výchozí znak
Umístění v _dokumentu
Automaticky čísluje položky literatury.
Zjednodušené formy
~Zkusit znovu
_Uživatel:
Zadejte autentizační údaje pro server „%s“
24 bitů
Čís.
Konečný termín:
Typ zprávy
S_třední. Je třeba potvrdit každé spuštění makra z nedůvěryhodného zdroje.
Sytost chromování
Volby serveru Script-Fu
Rozdělení ve směru Y
_Oblé rohy…
Vytvořit kružnici
Chyba při otevírání souboru „%s“
Vyplnit (shora dolů)
Přechody
Import z formátu PostScript
Neplatná šířka: %hu
Ví_ce černé (nižší hodnota)
Hní_zdo náhodných čísel:
Vybrat předchozí vektor
Simulovat záři zintenzivněním a rozmlžením světlých částí
První řádek obrázku
Na barvu
Neznámý atribut „%s“=„%s“ v prvku <%s>
_Stopa
_Procenta černé:
_Uložit poznámku do souboru
Aktivovat za_měřený obrázek
Upravit barevné křivky
Upravit úrovně v lineárním světle
Všechny obrázky XCF
Barevný štítek:
Ladění
Hustota
Upustit vrstvy
Fatální chyba zpracování souboru se stopou: neznámá hloubka %d.
Interpretry
Zrcadlit
Různé informace
Přesunout toto okno na obrazovku %s
Rekurzivní ransformace:
Vybírá se neznámé
Aktivní vzorek. Dialogové okno se vzorky otevřete kliknutím.
Při zpracovávání vašeho souboru „%s“ došlo k chybě. Budou použity výchozí hodnoty. V „%s“ byla vytvořena záloha vašeho nastavení.
Pokřivení
Pokřivení
Váha
Pokřivit
Výběr palety: přepnout na poslední
Využití
Tvrdé světlo (p)
Použít _masku vrstvy
D_uplikovat stopu MyPaint
Přenastavit všechny zásuvné moduly na jejich výchozí hodnoty
stiskněte Escape pro zrušení nebo Enter pro potvrzení.
Zprava doleva
Nástroje _malování
Nastavit poloprůhlednost
Délka sloupce:
Chování:
Ovládací prvek 17:
Vytvořit a spravovat stránky.
Křížové rozostření
Okolo elipsy nakreslit rovnoběžník
Typ vykreslení:
Exportuje bez filtrů, abyste se vyhnuli rasterizaci PDF, PS, EPS
Bez tahu
Z 2. na 1. stranu:
Měřítko obrázku (image-rendering):
Aramejské, Perská říše
Zvýšením vytvoříte a změníte zaoblení konců čar (0 = bez zaoblení, 1 = zaoblené konce)
Jednotka délky:
Odkaz na položku ve schránce
Zamknout/odemknout současnou vrstvu
Monochromatická průhlednost
Nebylo nic zkopírováno.
Olejomalba
modrá (#0000FF)
Paraxiální
Data cesty by měla být zapsána: pouze s absolutními souřadnicemi, pouze s relativními souřadnicemi, nebo optimalizovaná pro délku řetězce (smíšené absolutní a relativní souřadnice)
Snížení šumu
Měřítko uzlů svisle
Simulovat výstup cílového zařízení
Hladká kapka s kovovou povrchovou úpravou
Vyhlazení:
Rozdělit původní a zrcadlový obraz do samostatných cest, takže každý může mít svůj vlastní styl.
Terminál/Přerušení
Na barvu
Typ průhlednosti:
Funkce trojúhelníku
Použít normální režim vykreslování
Široký
Přiblížit na kresbu
Z_amknout všechny vrstvy
Týž _druh objektu
dvd obal
oBRÁTIT vELIKOST pÍSMEN
Dynamický tah
textové kotvě
Zkontrolovat a opravit _vše
Komodity
Zobrazovat název účtu?
Importovat soubory QIF
Peníze do vybraných účtů přichází z
Posunout _dolů
Realizované zisky nebo ztráty z účtů komodit nebo obchodních účtů, které nebyly zaznamenány jinde.
Možnost relativního data
Řadit podle data vložení
Vy_tisknout sestavu...
