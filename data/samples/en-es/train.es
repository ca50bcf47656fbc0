Y oyeron la voz de Jehová Dios que se paseaba en el huerto al aire del día: y escondióse el hombre y su mujer de la presencia de Jehová Dios entre los árboles del huerto.
Entonces Jehová Dios dijo á la mujer: ¿Qué es lo que has hecho? Y dijo la mujer: La serpiente me engañó, y comí.
Y Jehová Dios hizo al hombre y á su mujer túnicas de pieles, y vistiólos.
Y Ada parió á Jabal, el cual fué padre de los que habitan en tiendas, y crían ganados.
Y fueron todos los días que vivió Adam novecientos y treinta años, y murió.
Y fueron todos los días de Lamech setecientos setenta y siete años; y murió.
De los animales limpios, y de los animales que no eran limpios, y de las aves, y de todo lo que anda arrastrando sobre la tierra,
Estos tres son los hijos de Noé; y de ellos fué llena toda la tierra.
Y descendió Jehová para ver la ciudad y la torre que edificaban los hijos de los hombres.
Y vivió Sem, después que engendró á Arphaxad, quinientos años, y engendró hijos é hijas.
Y hubo hambre en la tierra, y descendió Abram á Egipto para peregrinar allá; porque era grande el hambre en la tierra.
Sacando solamente lo que comieron los mancebos, y la porción de los varones que fueron conmigo, Aner, Eschôl, y Mamre; los cuales tomarán su parte.
Y te daré á ti, y á tu simiente después de ti, la tierra de tus peregrinaciones, toda la tierra de Canaán en heredad perpetua; y seré el Dios de ellos.
Y traeré un bocado de pan, y sustentad vuestro corazón; después pasaréis: porque por eso habéis pasado cerca de vuestro siervo. Y ellos dijeron: Haz así como has dicho.
Y Abraham replicó y dijo: He aquí ahora que he comenzado á hablar á mi Señor, aunque soy polvo y ceniza:
He aquí ahora esta ciudad está cerca para huir allá, la cual es pequeña; escaparé ahora allá, (¿no es ella pequeña?) y vivirá mi alma.
Entonces la mayor dijo á la menor: Nuestro padre es viejo, y no queda varón en la tierra que entre á nosotras conforme á la costumbre de toda la tierra:
Y llamó Abraham el nombre de su hijo que le nació, que le parió Sara, Isaac.
Y oyó Dios la voz del muchacho; y el ángel de Dios llamó á Agar desde el cielo, y le dijo: ¿Qué tienes, Agar? No temas; porque Dios ha oído la voz del muchacho en donde está.
Y él respondió: Que estas siete corderas tomarás de mi mano, para que me sean en testimonio de que yo cavé este pozo.
Y llamó Abraham el nombre de aquel lugar, Jehová proveerá. Por tanto se dice hoy: En el monte de Jehová será provisto.
Y Bethuel engendró á Rebeca. Estos ocho parió Milca á Nachôr, hermano de Abraham.
Para que me dé la cueva de Macpela, que tiene al cabo de su heredad: que por su justo precio me la dé, para posesión de sepultura en medio de vosotros.
Y el hombre estaba maravillado de ella, callando, para saber si Jehová había prosperado ó no su viaje.
He aquí yo estoy junto á la fuente de agua; sea, pues, que la doncella que saliere por agua, á la cual dijere: Dame á beber, te ruego, un poco de agua de tu cántaro;
Y antes que acabase de hablar en mi corazón, he aquí Rebeca, que salía con su cántaro sobre su hombro; y descendió á la fuente, y sacó agua; y le dije: Ruégote que me des á beber.
La cual le parió á Zimram, y á Joksan, y á Medan, y á Midiam, y á Ishbak, y á Sua.
Y todos los pozos que habían abierto los criados de Abraham su padre en sus días, los Filisteos los habían cegado y llenado de tierra.
Y llamólo Seba: por cuya causa el nombre de aquella ciudad es Beer-seba hasta este día.
Entonces tomó á sus hermanos consigo, y fué tras él camino de siete días, y alcanzóle en el monte de Galaad.
Que aun no me dejaste besar mis hijos y mis hijas. Ahora locamente has hecho.
Y Mizpa, por cuanto dijo: Atalaye Jehová entre mí y entre ti, cuando nos apartáremos el uno del otro.
Y como vió que no podía con él, tocó en el sitio del encaje de su muslo, y descoyuntóse el muslo de Jacob mientras con él luchaba.
Y llamó Jacob el nombre de aquel lugar, Peniel: porque vi á Dios cara á cara, y fué librada mi alma.
Mas su alma se apegó á Dina la hija de Lea, y enamoróse de la moza, y habló al corazón de la joven.
Estos varones son pacíficos con nosotros, y habitarán en el país, y traficarán en él: pues he aquí la tierra es bastante ancha para ellos: nosotros tomaremos sus hijas por mujeres, y les daremos las nuestras.
Entonces dijo Jacob á Simeón y á Leví: Habéisme turbado con hacerme abominable á los moradores de aquesta tierra, el Cananeo y el Pherezeo; y teniendo yo pocos hombres, juntarse han contra mí, y me herirán, y seré destruído yo y mi casa.
Entonces murió Débora, ama de Rebeca, y fué sepultada á las raíces de Beth-el, debajo de una encina: y llamóse su nombre Allon-Bacuth.
Y díjole Dios: Tu nombre es Jacob; no se llamará más tu nombre Jacob, sino Israel será tu nombre: y llamó su nombre Israel.
Y acaeció, morando Israel en aquella tierra, que fué Rubén y durmió con Bilha la concubina de su padre; lo cual llegó á entender Israel. Ahora bien, los hijos de Israel fueron doce:
Y Esaú tomó sus mujeres, y sus hijos, y sus hijas, y todas las personas de su casa, y sus ganados, y todas sus bestias, y toda su hacienda que había adquirido en la tierra de Canaán, y fuése á otra tierra de delante de Jacob su hermano:
Y estos son los hijos de Reuel, hijo de Esaú: el duque Nahath, el duque Zera, el duque Samma, y el duque Mizza: estos son los duques de la línea de Reuel en la tierra de Edom; estos hijos vienen de Basemath, mujer de Esaú.
Y los hijos de Sobal fueron Alván, Manahath, Ebal, Sepho, y Onán.
Estos, pues, son los nombres de los duques de Esaú por sus linajes, por sus lugares, y sus nombres: el duque Timna, el duque Alva, el duque Jetheth,
Y dijeron el uno al otro: He aquí viene el soñador;
Entonces Jacob rasgó sus vestidos, y puso saco sobre sus lomos, y enlutóse por su hijo muchos días.
Aconteció que entró él un día en casa para hacer su oficio, y no había nadie de los de casa allí en casa:
Y estaba allí con nosotros un mozo Hebreo, sirviente del capitán de los de la guardia; y se lo contamos, y él nos declaró nuestros sueños, y declaró á cada uno conforme á su sueño.
Entonces Faraón dijo á José: En mi sueño parecíame que estaba á la orilla del río:
Dijo más Faraón á José: He aquí yo te he puesto sobre toda la tierra de Egipto.
Entonces Faraón quitó su anillo de su mano, y púsolo en la mano de José, é hízole vestir de ropas de lino finísimo, y puso un collar de oro en su cuello;
Y apartóse él de ellos, y lloró: después volvió á ellos, y les habló, y tomó de entre ellos á Simeón, y aprisionóle á vista de ellos.
Y nosotros le dijimos: Somos hombres de verdad, nunca fuimos espías:
Dijeron además á Faraón: Por morar en esta tierra hemos venido; porque no hay pasto para las ovejas de tus siervos, pues el hambre es grave en la tierra de Canaán: por tanto, te rogamos ahora que habiten tus siervos en la tierra de Gosén.
La tierra de Egipto delante de ti está; en lo mejor de la tierra haz habitar á tu padre y á tus hermanos; habiten en la tierra de Gosén; y si entiendes que hay entre ellos hombres eficaces, ponlos por mayorales del ganado mío.
Y dijo Faraón á Jacob: ¿Cuántos son los días de los años de tu vida?
Entonces compró José toda la tierra de Egipto para Faraón; pues los Egipcios vendieron cada uno sus tierras, porque se agravó el hambre sobre ellos: y la tierra vino á ser de Faraón.
Judá, alabarte han tus hermanos: tu mano en la cerviz de tus enemigos: los hijos de tu padre se inclinarán á ti.
El pan de Aser será grueso, y él dará deleites al rey.
En la cueva que está en el campo de Macpela, que está delante de Mamre en la tierra de Canaán, la cual compró Abraham con el mismo campo de Ephrón el Hetheo, para heredad de sepultura.
Y respondióles José: No temáis: ¿estoy yo en lugar de Dios?
La cual concibió, y parió un hijo: y viéndolo que era hermoso, túvole escondido tres meses.
Y Moisés acordó en morar con aquel varón; y él dió á Moisés á su hija Séphora:
Y oirán tu voz; é irás tú, y los ancianos de Israel, al rey de Egipto, y le diréis: Jehová, el Dios de los Hebreos, nos ha encontrado; por tanto nosotros iremos ahora camino de tres días por el desierto, para que sacrifiquemos á Jehová nuestro Dios.
Y si aun no creyeren á estas dos señales, ni oyeren tu voz, tomarás de las aguas del río, y derrámalas en tierra; y volverse han aquellas aguas que tomarás del río, se volverán sangre en la tierra.
Tú hablarás á él, y pondrás en su boca las palabras, y yo seré en tu boca y en la suya, y os enseñaré lo que hayáis de hacer.
Ya te he dicho que dejes ir á mi hijo, para que me sirva, mas no has querido dejarlo ir: he aquí yo voy á matar á tu hijo, tu primogénito.
Entra, y habla á Faraón rey de Egipto, que deje ir de su tierra á los hijos de Israel.
Y yo pondré redención entre mi pueblo y el tuyo. Mañana será esta señal.
Y Jehová endureció el corazón de Faraón, y no los oyó; como Jehová lo había dicho á Moisés.
He aquí que mañana á estas horas yo haré llover granizo muy grave, cual nunca fué en Egipto, desde el día que se fundó hasta ahora.
Mas el que no puso en su corazón la palabra de Jehová, dejó sus criados y sus ganados en el campo.
Mas si algún extranjero peregrinare contigo, y quisiere hacer la pascua á Jehová, séale circuncidado todo varón, y entonces se llegará á hacerla, y será como el natural de la tierra; pero ningún incircunciso comerá de ella.
Y Jehová iba delante de ellos de día en una columna de nube, para guiarlos por el camino; y de noche en una columna de fuego para alumbrarles; á fin de que anduviesen de día y de noche.
Y hablando Aarón á toda la congregación de los hijos de Israel, miraron hacia el desierto, y he aquí la gloria de Jehová, que apareció en la nube.
Y TODA la congregación de los hijos de Israel partió del desierto de Sin, por sus jornadas, al mandamiento de Jehová, y asentaron el campo en Rephidim: y no había agua para que el pueblo bebiese.
He aquí que yo estoy delante de ti allí sobre la peña en Horeb; y herirás la peña, y saldrán de ella aguas, y beberá el pueblo. Y Moisés lo hizo así en presencia de los ancianos de Israel.
Y tomó Jethro, suegro de Moisés, á Séphora la mujer de Moisés, después que él la envió,
Y viendo el suegro de Moisés todo lo que él hacía con el pueblo, dijo: ¿Qué es esto que haces tú con el pueblo? ¿por qué te sientas tú solo, y todo el pueblo está delante de ti desde la mañana hasta la tarde?
Y Moisés subió á Dios; y Jehová lo llamó desde el monte, diciendo: Así dirás á la casa de Jacob, y denunciarás á los hijos de Israel:
Y todo el pueblo respondió á una, y dijeron: Todo lo que Jehová ha dicho haremos. Y Moisés refirió las palabras del pueblo á Jehová.
Y Jehová le dijo: Ve, desciende, y subirás tú, y Aarón contigo: mas los sacerdotes y el pueblo no traspasen el término por subir á Jehová, porque no haga en ellos estrago.
Además, si algunos riñeren, y alguno hiriere á su prójimo con piedra ó con el puño, y no muriere, pero cayere en cama;
Y harás para el tabernáculo tablas de madera de Sittim, que estén derechas.
Y harás para la cortina cinco columnas de madera de Sittim, las cuales cubrirás de oro, con sus capiteles de oro: y hacerlas has de fundición cinco basas de metal.
Y harás llegar sus hijos, y les vestirás las túnicas.
Y tomarás de la sangre del becerro, y pondrás sobre los cuernos del altar con tu dedo, y derramarás toda la demás sangre al pie del altar.
Tomarás luego el otro carnero, y Aarón y sus hijos pondrán sus manos sobre la cabeza del carnero:
Y matarás el carnero, y tomarás de su sangre, y pondrás sobre la ternilla de la oreja derecha de Aarón, y sobre la ternilla de las orejas de sus hijos, y sobre el dedo pulgar de las manos derechas de ellos, y sobre el dedo pulgar de los pies derechos de ellos, y esparcirás la sangre sobre el altar alrededor.
Y si sobrare algo de la carne de las consagraciones y del pan hasta la mañana, quemarás al fuego lo que hubiere sobrado: no se comerá, porque es cosa santa.
Dijo más Jehová á Moisés: Yo he visto á este pueblo, que por cierto es pueblo de dura cerviz:
Ahora pues, déjame que se encienda mi furor en ellos, y los consuma: y á ti yo te pondré sobre gran gente.
Y viendo todo el pueblo la columna de la nube, que estaba á la puerta del tabernáculo, levantábase todo el pueblo, cada uno á la puerta de su tienda, y adoraba.
Y él respondió: Si tu rostro no ha de ir conmigo, no nos saques de aquí.
Y respondióle: Yo haré pasar todo mi bien delante de tu rostro, y proclamaré el nombre de Jehová delante de ti; y tendré misericordia del que tendré misericordia, y seré clemente para con el que seré clemente.
Y JEHOVÁ dijo á Moisés: Alísate dos tablas de piedra como las primeras, y escribiré sobre esas tablas las palabras que estaban en las tablas primeras que quebraste.
Y cuando venía Moisés delante de Jehová para hablar con él, quitábase el velo hasta que salía; y saliendo, hablaba con los hijos de Israel lo que le era mandado;
Y para el otro lado del tabernáculo, á la parte del aquilón, hizo veinte tablas,
Para las esquinas del tabernáculo en los dos lados hizo dos tablas,
HIZO también Bezaleel el arca de madera de Sittim: su longitud era de dos codos y medio, y de codo y medio su anchura, y su altura de otro codo y medio:
Y engastaron en él cuatro órdenes de piedras. El primer orden era un sardio, un topacio, y un carbunclo: este el primer orden.
Hicieron además dos anillos de oro, los cuales pusieron en las dos hombreras del ephod, abajo en la parte delantera, delante de su juntura, sobre el cinto del ephod.
Porque la nube de Jehová estaba de día sobre el tabernáculo, y el fuego estaba de noche en él, á vista de toda la casa de Israel, en todas sus jornadas.
Habla á los hijos de Israel, y diles: Cuando alguno de entre vosotros ofreciere ofrenda á Jehová, de ganado vacuno ú ovejuno haréis vuestra ofrenda.
En la ofrenda de las primicias las ofreceréis á Jehová: mas no subirán sobre el altar en olor de suavidad.
Y pondrá su mano sobre la cabeza de su ofrenda, y después la degollará delante del tabernáculo del testimonio; y los hijos de Aarón rociarán su sangre sobre el altar en derredor.
Y traerá el becerro á la puerta del tabernáculo del testimonio delante de Jehová, y pondrá su mano sobre la cabeza del becerro, y lo degollará delante de Jehová.
Y CUANDO alguna persona pecare, que hubiere oído la voz del que juró, y él fuere testigo que vió, ó supo, si no lo denunciare, él llevará su pecado.
Asimismo la persona que hubiere tocado en cualquiera cosa inmunda, sea cuerpo muerto de bestia inmunda, ó cuerpo muerto de animal inmundo, ó cuerpo muerto de reptil inmundo, bien que no lo supiere, será inmunda y habrá delinquido:
Y para su expiación traerá á Jehová por su pecado que ha cometido, una hembra de los rebaños, una cordera ó una cabra como ofrenda de expiación; y el sacerdote hará expiación por él de su pecado.
Y si no le alcanzare para un cordero, traerá en expiación por su pecado que cometió, dos tórtolas ó dos palominos á Jehová; el uno para expiación, y el otro para holocausto.
Y los dos riñones, y el sebo que está sobre ellos, y el que está sobre los ijares; y con los riñones quitará el redaño de sobre el hígado.
Mas la carne y el cuero los quemó al fuego fuera del real.
Y ellos llegaron, y sacáronlos con sus túnicas fuera del campo, como dijo Moisés.
Y Jehová habló á Aarón, diciendo:
Y para poder discernir entre lo santo y lo profano, y entre lo inmundo y lo limpio;
Y estos tendréis por inmundos de los reptiles que van arrastrando sobre la tierra: la comadreja, y el ratón, y la rana según su especie,
Y el leproso en quien hubiere llaga, sus vestidos serán deshechos y su cabeza descubierta, y embozado pregonará: ¡Inmundo! ¡inmundo!
Y el que se sentare sobre aquello en que se hubiere sentado el que tiene flujo, lavará sus vestidos, se lavará también á sí mismo con agua, y será inmundo hasta la tarde.
Y cualquiera que tocare á su cama, lavará sus vestidos, y después de lavarse con agua, será inmundo hasta la tarde.
Y hará llegar Aarón el becerro que era suyo para expiación, y hará la reconciliación por sí y por su casa, y degollará en expiación el becerro que es suyo.
Porque la vida de la carne en la sangre está: y yo os la he dado para expiar vuestras personas sobre el altar: por lo cual la misma sangre expiará la persona.
La desnudez de tu nuera no descubrirás: mujer es de tu hijo; no descubrirás su desnudez.
Porque varón que maldijere á su padre ó á su madre, de cierto morirá: á su padre ó á su madre maldijo; su sangre será sobre él.
Y el hombre que adulterare con la mujer de otro, el que cometiere adulterio con la mujer de su prójimo, indefectiblemente se hará morir al adúltero y á la adúltera.
Y tomaréis el primer día gajos con fruto de árbol hermoso, ramos de palmas, y ramas de árboles espesos, y sauces de los arroyos; y os regocijaréis delante de Jehová vuestro Dios por siete días.
Y yo me acordaré de mi pacto con Jacob, y asimismo de mi pacto con Isaac, y también de mi pacto con Abraham me acordaré; y haré memoria de la tierra.
Que la tierra estará desamparada de ellos, y holgará sus sábados, estando yerma á causa de ellos; mas entretanto se someterán al castigo de sus iniquidades: por cuanto menospreciaron mis derechos, y tuvo el alma de ellos fastidio de mis estatutos.
Mas si el santificante redimiere su casa, añadirá á tu valuación el quinto del dinero de ella, y será suya.
Pero los Levitas no fueron contados entre ellos según la tribu de sus padres.
Y extenderán sobre ella el paño de carmesí colorado, y lo cubrirán con la cubierta de pieles de tejones; y le pondrán sus varas.
Y fueron los contados de ellos por sus familias, dos mil setecientos y cincuenta.
Estos son los contados de las familias de los hijos de Gersón, todos los que ministran en el tabernáculo del testimonio, los cuales contaron Moisés y Aarón por mandato de Jehová.
E hiciéronlo así los hijos de Israel, que los echaron fuera del campo: como Jehová dijo á Moisés, así lo hicieron los hijos de Israel.
Y el día octavo traerá dos tórtolas ó dos palominos al sacerdote, á la puerta del tabernáculo del testimonio;
Y fué su ofrenda un plato de plata de peso de ciento y treinta siclos, y un jarro de plata de setenta siclos, al siclo del santuario; ambos llenos de flor de harina amasada con aceite para presente;
Y para sacrificio de paces, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año. Esta fué la ofrenda de Eliasaph, hijo de Dehuel.
Y así les harás para expiarlos: rocía sobre ellos el agua de la expiación, y haz pasar la navaja sobre toda su carne, y lavarán sus vestidos, y serán expiados.
O si dos días, ó un mes, ó un año, mientras la nube se detenía sobre el tabernáculo quedándose sobre él, los hijos de Israel se estaban acampados, y no movían: mas cuando ella se alzaba, ellos movían.
Luego comenzó á marchar la bandera del campo de Rubén por sus escuadrones: y Elisur, hijo de Sedeur, era sobre su ejército.
Así partieron del monte de Jehová camino de tres días; y el arca de la alianza de Jehová fué delante de ellos camino de tres días, buscándoles lugar de descanso.
Derramábase el pueblo, y recogían, y molían en molinos, ó majaban en morteros, y lo cocían en caldera, ó hacían de él tortas: y su sabor era como sabor de aceite nuevo.
Por cuanto tuvo en poco la palabra de Jehová, y dió por nulo su mandamiento, enteramente será cortada la tal persona: su iniquidad será sobre ella.
Y Moisés habló á los hijos de Israel, y todos los príncipes de ellos le dieron varas; cada príncipe por las casas de sus padres una vara, en todas doce varas; y la vara de Aarón estaba entre las varas de ellos.
Y el que recogió las cenizas de la vaca, lavará sus vestidos, y será inmundo hasta la tarde: y será á los hijos de Israel, y al extranjero que peregrina entre ellos, por estatuto perpetuo.
¿Y por qué hiciste venir la congregación de Jehová á este desierto, para que muramos aquí nosotros y nuestras bestias?
Y viendo toda la congregación que Aarón era muerto, hiciéronle duelo por treinta días todas las familias de Israel.
Y Moisés hizo una serpiente de metal, y púsola sobre la bandera: y fué, que cuando alguna serpiente mordía á alguno, miraba á la serpiente de metal, y vivía.
Y de Mathana á Nahaliel: y de Nahaliel á Bamoth:
Y tomó Israel todas estas ciudades: y habitó Israel en todas las ciudades del Amorrheo, en Hesbón y en todas sus aldeas.
Entonces Jehová abrió la boca al asna, la cual dijo á Balaam: ¿Qué te he hecho, que me has herido estas tres veces?
El asna me ha visto, y hase apartado luego de delante de mí estas tres veces: y si de mí no se hubiera apartado, yo también ahora te mataría á ti, y á ella dejaría viva.
Y Balaam respondió á Balac: He aquí yo he venido á ti: mas ¿podré ahora hablar alguna cosa? La palabra que Dios pusiere en mi boca, esa hablaré.
Entonces él dijo á Balac: Ponte aquí junto á tu holocausto, y yo iré á encontrar á Dios allí.
Dios no es hombre, para que mienta; ni hijo de hombre para que se arrepienta: el dijo, ¿y no hará?; habló, ¿y no lo ejecutará?
Si Balac me diese su casa llena de plata y oro, yo no podré traspasar el dicho de Jehová para hacer cosa buena ni mala de mi arbitrio; mas lo que Jehová hablare, eso diré yo?
Y los hijos de Bela fueron Ard y Naamán: de Ard, la familia de los Arditas; de Naamán, la familia de los Naamanitas.
Y Jehová respondió á Moisés, diciendo:
Y de los asnos, treinta mil y quinientos: y de ellos el tributo para Jehová, setenta y uno.
Y partidos de Moseroth, asentaron en Bene-jaacán.
Y VOLVIMOS, y partímonos al desierto camino del mar Bermejo, como Jehová me había dicho; y rodeamos el monte de Seir por muchos días.
Harto habéis rodeado este monte; volveos al aquilón.
Levantaos, partid, y pasad el arroyo de Arnón: he aquí he dado en tu mano á Sehón rey de Hesbón, Amorrheo, y á su tierra: comienza á tomar posesión, y empéñate con él en guerra.
Mas Jehová nuestro Dios lo entregó delante de nosotros; y herimos á él y á sus hijos, y á todo su pueblo.
Desde Aroer, que está junto á la ribera del arroyo de Arnón, y la ciudad que está en el arroyo, hasta Galaad, no hubo ciudad que escapase de nosotros: todas las entregó Jehová nuestro Dios en nuestro poder.
Y díjome Jehová: No tengas temor de él, porque en tu mano he entregado á él y á todo su pueblo, y su tierra: y harás con él como hiciste con Sehón rey Amorrheo, que habitaba en Hesbón.
Y os mandé entonces, diciendo: Jehová vuestro Dios os ha dado esta tierra para que la poseáis: pasaréis armados delante de vuestros hermanos los hijos de Israel todos los valientes.
Pase yo, ruégote, y vea aquella tierra buena, que está á la parte allá del Jordán, aquel buen monte, y el Líbano.
Guardadlos, pues, y ponedlos por obra: porque esta es vuestra sabiduría y vuestra inteligencia en ojos de los pueblos, los cuales oirán todos estos estatutos, y dirán: Ciertamente pueblo sabio y entendido, gente grande es ésta.
No tendrás dioses extraños delante de mí.
Honra á tu padre y á tu madre, como Jehová tu Dios te ha mandado, para que sean prolongados tus días, y para que te vaya bien sobre la tierra que Jehová tu Dios te da.
No dirás falso testimonio contra tu prójimo.
Porque, ¿qué es toda carne, para que oiga la voz del Dios viviente que habla de en medio del fuego, como nosotros la oímos, y viva?
Guardad cuidadosamente los mandamientos de Jehová vuestro Dios, y sus testimonios, y sus estatutos, que te ha mandado.
Y no meterás abominación en tu casa, porque no seas anatema como ello; del todo lo aborrecerás y lo abominarás; porque es anatema.
El es tu alabanza, y él es tu Dios, que ha hecho contigo estas grandes y terribles cosas que tus ojos han visto.
Guardad, pues, todos los mandamientos que yo os prescribo hoy, para que seáis esforzados, y entréis y poseáis la tierra, á la cual pasáis para poseerla;
Para que sean aumentados vuestros días, y los días de vuestros hijos, sobre la tierra que juró Jehová á vuestros padres que les había de dar, como los días de los cielos sobre la tierra.
Destruiréis enteramente todos los lugares donde las gentes que vosotros heredareis sirvieron á sus dioses, sobre los montes altos, y sobre los collados, y debajo de todo árbol espeso:
Y derribaréis sus altares, y quebraréis sus imágenes, y sus bosques consumiréis con fuego: y destruiréis las esculturas de sus dioses, y extirparéis el nombre de ellas de aquel lugar.
Tú inquirirás, y buscarás, y preguntarás con diligencia; y si pareciere verdad, cosa cierta, que tal abominación se hizo en medio de ti,
Cuando se vendiere á ti tu hermano Hebreo ó Hebrea, y te hubiere servido seis años, al séptimo año le despedirás libre de ti.
Mas cuando hubiere alguno que aborreciere á su prójimo, y lo acechare, y se levantare sobre él, y lo hiriere de muerte, y muriere, y huyere á alguna de estas ciudades;
Cuando en alguno hubiere pecado de sentencia de muerte, por el que haya de morir, y le habrás colgado en un madero,
No estará su cuerpo por la noche en el madero, mas sin falta lo enterrarás el mismo día, porque maldición de Dios es el colgado: y no contaminarás tu tierra, que Jehová tu Dios te da por heredad.
Entonces el padre de la moza y su madre tomarán, y sacarán las señales de la virginidad de la doncella á los ancianos de la ciudad, en la puerta.
Entonces los ancianos de la ciudad tomarán al hombre y lo castigarán;
NO entrará en la congregación de Jehová el que fuere quebrado, ni el castrado.
A Jehová has ensalzado hoy para que te sea por Dios, y para andar en sus caminos, y para guardar sus estatutos y sus mandamientos y sus derechos, y para oir su voz:
Enviará Jehová contigo la bendición en tus graneros, y en todo aquello en que pusieres tu mano; y te bendecirá en la tierra que Jehová tu Dios te da.
Y Jehová no os dió corazón para entender, ni ojos para ver, ni oídos para oir, hasta el día de hoy.
No habéis comido pan, ni bebisteis vino ni sidra: para que supieseis que yo soy Jehová vuestro Dios.
Quizá habrá entre vosotros varón, ó mujer, ó familia, ó tribu, cuyo corazón se vuelva hoy de con Jehová nuestro Dios, por andar á servir á los dioses de aquellas gentes; quizá habrá en vosotros raíz que eche veneno y ajenjo;
Y aparecióse Jehová en el tabernáculo, en la columna de nube; y la columna de nube se puso sobre la puerta del tabernáculo.
Porque yo conozco tu rebelión, y tu cerviz dura: he aquí que aun viviendo yo hoy con vosotros, sois rebeldes á Jehová; y ¿cuánto más después que yo fuere muerto?
Y dijo: Esconderé de ellos mi rostro, veré cuál será su postrimería: que son generación de perversidades, hijos sin fe.
Sube á este monte de Abarim, al monte Nebo, que está en la tierra de Moab, que está en derecho de Jericó, y mira la tierra de Canaán, que yo doy por heredad á los hijos de Israel;
Y ACONTECIÓ después de la muerte de Moisés siervo de Jehová, que Jehová habló á Josué hijo de Nun, ministro de Moisés, diciendo:
Y habló Josué á los sacerdotes, diciendo: Tomad el arca del pacto, y pasad delante del pueblo. Y ellos tomaron el arca del pacto, y fueron delante del pueblo.
Tomad del pueblo doce hombres, de cada tribu uno,
Y cuando todo el pueblo acabó de pasar, pasó también el arca de Jehová, y los sacerdotes, en presencia del pueblo.
Y al otro día de la pascua comieron del fruto de la tierra los panes sin levadura, y en el mismo día espigas nuevas tostadas.
Y dijo al pueblo: Pasad, y rodead la ciudad; y los que están armados pasarán delante del arca de Jehová.
Israel ha pecado, y aun han quebrantado mi pacto que yo les había mandado; pues aun han tomado del anatema, y hasta han hurtado, y también han mentido, y aun lo han guardado entre sus enseres.
E hizo allegar su casa por los varones, y fué tomado Achân, hijo de Carmi, hijo de Zabdi, hijo de Zera, de la tribu de Judá.
Y levantóse Josué, y toda la gente de guerra, para subir contra Hai: y escogió Josué treinta mil hombres fuertes, los cuales envió de noche.
Así vinieron á Josué al campo en Gilgal, y dijéronle á él y á los de Israel: Nosotros venimos de tierra muy lejana: haced pues ahora con nosotros alianza.
Y él lo hizo así; que los libró de la mano de los hijos de Israel, para que no los matasen.
Y al Cananeo que estaba al oriente y al occidente, y al Amorrheo, y al Hetheo, y al Pherezeo, y al Jebuseo en las montañas, y al Heveo debajo de Hermón en tierra de Mizpa.
Todo el reino de Og en Basán, el cual reinó en Astaroth y Edrei, el cual había quedado del residuo de los Rapheos; pues Moisés los hirió, y echó.
Yo era de edad de cuarenta años, cuando Moisés siervo de Jehová me envió de Cades-barnea á reconocer la tierra; y yo le referí el negocio como lo tenía en mi corazón:
Ahora bien, Jehová me ha hecho vivir, como él dijo, estos cuarenta y cinco años, desde el tiempo que Jehová habló estas palabras á Moisés, cuando Israel andaba por el desierto: y ahora, he aquí, soy hoy día de ochenta y cinco años:
Josué entonces le bendijo, y dió á Caleb hijo de Jephone á Hebrón por heredad.
Y torna á descender hacia la mar al término de Japhlet, hasta el término de Beth-oron la de abajo, y hasta Gezer; y sale á la mar.
LA SEGUNDA suerte salió por Simeón, por la tribu de los hijos de Simeón conforme á sus familias; y su heredad fué entre la heredad de los hijos de Judá.
Y Rabbit, y Chisión, y Ebes,
Y el que se acogiere á alguna de aquellas ciudades, presentaráse á la puerta de la ciudad, y dirá sus causas, oyéndolo los ancianos de aquella ciudad: y ellos le recibirán consigo dentro de la ciudad, y le darán lugar que habite con ellos.
A Helón con sus ejidos, y á Debir con sus ejidos,
Y de la tribu de Issachâr, á Cesión con sus ejidos, á Dabereth con sus ejidos,
No habéis dejado á vuestros hermanos en estos muchos días hasta hoy, antes habéis guardado la observancia de los mandamientos de Jehová vuestro Dios.
Y hablóles, diciendo: Volveos á vuestras tiendas con grandes riquezas, y con grande copia de ganado, con plata, y con oro, y metal, y muchos vestidos: partid con vuestros hermanos el despojo de vuestros enemigos.
Jehová ha puesto por término el Jordán entre nosotros y vosotros, oh hijos de Rubén é hijos de Gad; no tenéis vosotros parte en Jehová: y así vuestros hijos harán que nuestros hijos no teman á Jehová.
Y yo tomé á vuestro padre Abraham de la otra parte del río, y trájelo por toda la tierra de Canaán, y aumenté su generación, y díle á Isaac.
Y os dí la tierra por la cual nada trabajasteis, y las ciudades que no edificasteis, en las cuales moráis; y de las viñas y olivares que no plantasteis, coméis.
Quitad, pues, ahora los dioses ajenos que están entre vosotros, é inclinad vuestro corazón á Jehová Dios de Israel.
Y sirvió Israel á Jehová todo el tiempo de Josué, y todo el tiempo de los ancianos que vivieron después de Josué, y que sabían todas las obras de Jehová, que había hecho por Israel.
Y enterraron en Sichêm los huesos de José que los hijos de Israel habían traído de Egipto, en la parte del campo que Jacob compró de los hijos de Hemor padre de Sichêm, por cien corderas; y fué en posesión á los hijos de José.
Y llamaron por nombre aquel lugar Bochîm: y sacrificaron allí á Jehová.
Y la ira de Jehová se encendió contra Israel, y dijo: Pues que esta gente traspasa mi pacto que ordené á sus padres, y no obedecen mi voz,
Cayó encorvado entre sus pies, quedó tendido: entre sus pies cayó encorvado; donde se encorvó, allí cayó muerto.
Y Gedeón dijo á Dios: Si has de salvar á Israel por mi mano, como has dicho,
Mas los trescientos tocaban las bocinas: y Jehová puso la espada de cada uno contra su compañero en todo el campo. Y el ejército huyó hasta Beth-sitta, hacia Cerera, y hasta el término de Abel-mehola en Tabbat.
Y su concubina que estaba en Sichêm, también le parió un hijo; y púsole por nombre Abimelech.
Y diéronle setenta siclos de plata del templo de Baal-berith, con los cuales Abimelech alquiló hombres ociosos y vagabundos, que le siguieron.
Y como se lo dijesen á Jotham, fué y púsose en la cumbre del monte de Gerizim, y alzando su voz clamó, y díjoles: Oidme, varones de Sichêm; que Dios os oiga.
Y después de combatir Abimelech la ciudad todo aquel día, tomóla, y mató el pueblo que en ella estaba, y asoló la ciudad, y sembróla de sal.
Y fué dicho á Abimelech como todos los de la torre de Sichêm estaban reunidos.
Y luego llamó él á su escudero, y díjole: Saca tu espada y mátame, porque no se diga de mí: Una mujer lo mató. Y su escudero le atravesó, y murió.
¿Eres tú ahora en algo mejor que Balac hijo de Sephor, rey de Moab? ¿tuvo él cuestión contra Israel, ó hizo guerra contra ellos?
Entonces le decían: Ahora pues, di, Shiboleth. Y él decía, Siboleth; porque no podía pronunciar de aquella suerte. Entonces le echaban mano, y le degollaban junto á los vados del Jordán. Y murieron entonces de los de Ephraim cuarenta y dos mil.
Este tuvo cuarenta hijos y treinta nietos, que cabalgaban sobre setenta asnos: y juzgó á Israel ocho años.
Y el ángel de Jehová respondió á Manoa: Aunque me detengas no comeré de tu pan: mas si quisieres hacer holocausto, sacrifícalo á Jehová. Y no sabía Manoa que aquél fuese ángel de Jehová.
Y Dalila tomó cuerdas nuevas, y atóle con ellas, y díjole: ¡Samsón, los Filisteos sobre ti! Y los espías estaban en una cámara. Mas él las rompió de sus brazos como un hilo.
Y Michâs dijo: Ahora sé que Jehová me hará bien, pues que el Levita es hecho mi sacerdote.
Y cuando estaban gozosos, he aquí, que los hombres de aquella ciudad, hombres hijos de Belial, cercan la casa, y batían las puertas, diciendo al hombre viejo dueño de la casa: Saca fuera el hombre que ha entrado en tu casa, para que lo conozcamos.
Y las tribus de Israel enviaron varones por toda la tribu de Benjamín, diciendo: ¿Qué maldad es ésta que ha sido hecha entre vosotros?
Mas reanimándose el pueblo, los varones de Israel tornaron á ordenar la batalla en el mismo lugar donde la habían ordenado el primer día.
Volviéndose luego, huyeron hacia el desierto, á la peña de Rimmón, y de ellos rebuscaron cinco mil hombres en los caminos: fueron aún acosándolos hasta Gidom, y mataron de ellos dos mil hombres.
Y al día siguiente el pueblo se levantó de mañana, y edificaron allí altar, y ofrecieron holocaustos y pacíficos.
Déos Jehová que halléis descanso, cada una en casa de su marido: besólas luego, y ellas lloraron á voz en grito.
Y las mujeres decían á Noemi: Loado sea Jehová, que hizo que no te faltase hoy pariente, cuyo nombre será nombrado en Israel.
Yo pues le vuelvo también á Jehová: todos los días que viviere, será de Jehová. Y adoró allí á Jehová.
Era pues el pecado de los mozos muy grande delante de Jehová; porque los hombres menospreciaban los sacrificios de Jehová.
Jehová llamó á Samuel; y él respondió: Heme aquí.
Llamando pues Eli á Samuel, díjole: Hijo mío, Samuel. Y él respondió: Heme aquí.
Y cuando llegó, he aquí Eli que estaba sentado en una silla atalayando junto al camino; porque su corazón estaba temblando por causa del arca de Dios. Llegado pues aquel hombre á la ciudad, y dadas las nuevas, toda la ciudad gritó.
Y enviaron á juntar todos los príncipes de los Filisteos, diciendo: Despachad el arca del Dios de Israel, y tórnese á su lugar, y no mate á mí ni á mi pueblo: porque había quebrantamiento de muerte en toda la ciudad, y la mano de Dios se había allí agravado.
Y Samuel tomó un cordero de leche, y sacrificólo entero á Jehová en holocausto: y clamó Samuel á Jehová por Israel, y Jehová le oyó.
Y dijo Jehová á Samuel: Oye la voz del pueblo en todo lo que te dijeren: porque no te han desechado á ti, sino á mí me han desechado, para que no reine sobre ellos.
Entonces Jehová envió á Jerobaal, y á Bedán, y á Jephté, y á Samuel, y os libró de mano de vuestros enemigos alrededor, y habitasteis seguros.
HABÍA ya Saúl reinado un año; y reinado que hubo dos años sobre Israel,
Entonces dijo Saúl: Traedme holocausto y sacrificios pacíficos. Y ofreció el holocausto.
Entonces habló David á los que junto á él estaban, diciendo: ¿Qué harán al hombre que venciere á este Filisteo, y quitare el oprobio de Israel? Porque ¿quién es este Filisteo incircunciso, para que provoque á los escuadrones del Dios viviente?
Fuese león, fuese oso, tu siervo lo mataba; pues este Filisteo incircunciso será como uno de ellos, porque ha provocado al ejército del Dios viviente.
Y HABLÓ Saúl á Jonathán su hijo, y á todos sus criados, para que matasen á David; mas Jonathán hijo de Saúl amaba á David en gran manera.
Y el rey se sentó en su silla, como solía, en el asiento junto á la pared, y Jonathán se levantó, y sentóse Abner al lado de Saúl, y el lugar de David estaba vacío.
Y juntáronse con él todos los afligidos, y todo el que estaba adeudado, y todos los que se hallaban en amargura de espíritu, y fué hecho capitán de ellos: y tuvo consigo como cuatrocientos hombres.
Y Saúl le dijo: Oye ahora, hijo de Ahitob. Y él dijo: Heme aquí, señor mío.
¿He comenzado yo desde hoy á consultar por él á Dios? lejos sea de mí: no impute el rey cosa alguna á su siervo, ni á toda la casa de mi padre; porque tu siervo ninguna cosa sabe de este negocio, grande ni chica.
¿He de tomar yo ahora mi pan, mi agua, y mi víctima que he preparado para mis esquiladores, y la daré á hombres que no sé de dónde son?
Y uno de los criados dió aviso á Abigail mujer de Nabal, diciendo: He aquí David envió mensajeros del desierto que saludasen á nuestro amo, y él los ha zaherido.
Bien que alguien se haya levantado á perseguirte y atentar á tu vida, con todo, el alma de mi señor será ligada en el haz de los que viven con Jehová Dios tuyo, y él arrojará el alma de tus enemigos como de en medio de la palma de una honda.
Sin sangre de muertos, sin grosura de valientes, el arco de Jonathán nunca volvió, ni la espada de Saúl se tornó vacía.
Hijas de Israel, llorad sobre Saúl, que os vestía de escarlata en regocijos, que adornaba vuestras ropas con ornamentos de oro.
Y envió David mensajeros á los de Jabes de Galaad, diciéndoles: Benditos seáis vosotros de Jehová, que habéis hecho esta misericordia con vuestro señor Saúl en haberle dado sepultura.
Y Abner tornó á decir á Asael: Apártate de en pos de mí, porque te heriré derribándote en tierra, y después ¿cómo levantaré mi rostro á tu hermano Joab?
Y Joab respondió: Vive Dios que si no hubieras hablado, ya desde esta mañana el pueblo hubiera dejado de seguir á sus hermanos.
Así ha dicho Jehová: He aquí yo levantaré sobre ti el mal de tu misma casa, y tomaré tus mujeres delante de tus ojos, y las daré á tu prójimo, el cual yacerá con tus mujeres á la vista de este sol.
Y él respondió: Viviendo aún el niño, yo ayunaba y lloraba, diciendo: ¿Quién sabe si Dios tendrá compasión de mí, por manera que viva el niño?
Y David envió á Thamar á su casa, diciendo: Ve ahora á casa de Amnón tu hermano, y hazle de comer.
Entonces la mujer dijo: ¿Por qué pues piensas tú otro tanto contra el pueblo de Dios? que hablando el rey esta palabra, es como culpado, por cuanto el rey no hace volver á su fugitivo.
Y vino el aviso á David, diciendo: El corazón de todo Israel va tras Absalom.
Y como David llegó á la cumbre del monte para adorar allí á Dios, he aquí Husai Arachîta que le salió al encuentro, trayendo rota su ropa, y tierra sobre su cabeza.
Y dijo el rey: ¿Dónde está el hijo de tu señor? Y Siba respondió al rey: He aquí él se ha quedado en Jerusalem, porque ha dicho: Hoy me devolverá la casa de Israel el reino de mi padre.
Y decía Semei, maldiciéndole: Sal, sal, varón de sangres, y hombre de Belial:
Y el rey y todo el pueblo que con él estaba, llegaron fatigados, y descansaron allí.
Y luego que David llegó á Mahanaim, Sobi hijo de Naas de Rabba de los hijos de Ammon, y Machîr hijo de Ammiel de Lodebar, y Barzillai Galaadita de Rogelim,
Y con él venían mil hombres de Benjamín; asimismo Siba criado de la casa de Saúl, con sus quince hijos y sus veinte siervos, los cuales pasaron el Jordán delante del rey.
Y el rey dijo: Pues pase conmigo Chimham, y yo haré con él como bien te parezca: y todo lo que tú pidieres de mí, yo lo haré.
Y dijo: Jehová es mi roca, y mi fortaleza, y mi libertador;
Arrojó saetas, y desbaratólos; relampagueó, y consumiólos.
Remuneróme Jehová conforme á mi justicia; y conforme á la limpieza de mis manos, me dió la paga.
Tú ensanchaste mis pasos debajo de mí, para que no titubeasen mis rodillas.
El entonces se paró en medio de la suerte de tierra, y defendióla, é hirió á los Filisteos; y Jehová hizo una gran salud.
De los treinta fué el más aventajado; pero no llegó á los tres primeros. Y púsolo David en su consejo.
Asael hermano de Joab fué de los treinta; Elhaanan hijo de Dodo de Beth-lehem;
Abi-albon de Arbath, Asmaveth de Barhum;
Samma de Arar, Ahiam hijo de Sarar de Arar.
Y pasando el Jordán asentaron en Aroer, á la mano derecha de la ciudad que está en medio de la arroyada de Gad y junto á Jazer.
Entonces Bath-sheba entró al rey á la cámara: y el rey era muy viejo; y Abisag Sunamita servía al rey.
Y SALOMÓN hizo parentesco con Faraón rey de Egipto, porque tomó la hija de Faraón, y trájola á la ciudad de David, entre tanto que acababa de edificar su casa, y la casa de Jehová, y los muros de Jerusalem alrededor.
Benaía hijo de Joiada era sobre el ejército; y Sadoc y Abiathar eran los sacerdotes;
Hacían también traer cebada y paja para los caballos y para las bestias de carga, al lugar donde él estaba, cada uno conforme al cargo que tenía.
La puerta del aposento de en medio estaba al lado derecho de la casa: y subíase por un caracol al de en medio, y del aposento de en medio al tercero.
Y cuando hubo hecho las columnas, hizo también dos órdenes de granadas alrededor en el un enredado, para cubrir los capiteles que estaban en las cabezas de las columnas con las granadas: y de la misma forma hizo en el otro capitel.
Hizo asimismo un mar de fundición, de diez codos del un lado al otro, perfectamente redondo: su altura era de cinco codos, y ceñíalo alrededor un cordón de treinta codos.
Y la boca del pie de la fuente entraba un codo en el remate que salía para arriba de la basa; y era su boca redonda, de la hechura del mismo remate, y éste de codo y medio. Había también sobre la boca entalladuras con sus cintas, las cuales eran cuadradas, no redondas.
Y en lo alto de la basa había medio codo de altura redondo por todas partes: y encima de la basa sus molduras y cintas, las cuales eran de ella misma.
Empero ¿es verdad que Dios haya de morar sobre la tierra? He aquí que los cielos, los cielos de los cielos, no te pueden contener: ¿cuánto menos esta casa que yo he edificado?
Y aconteció al cabo de veinte años, en que Salomón había edificado las dos casas, la casa de Jehová y la casa real,
Y el rey Salomón dió á la reina de Seba todo lo que quiso, y todo lo que pidió, además de lo que Salomón le dió como de mano del rey Salomón. Y ella se volvió, y se fué á su tierra con sus criados.
Y habló á sus hijos, y díjoles: Enalbardadme un asno. Y ellos se lo enalbardaron.
Fué pues Elías á mostrarse á Achâb. Había á la sazón grande hambre en Samaria.
De manera que las aguas corrían alrededor del altar; y había también henchido de agua la reguera.
Entonces él reconoció los criados de los príncipes de las provincias, los cuales fueron doscientos treinta y dos. Luego reconoció todo el pueblo, todos los hijos de Israel, que fueron siete mil.
Y los siervos del rey de Siria le dijeron: Sus dioses son dioses de los montes, por eso nos han vencido; mas si peleáremos con ellos en la llanura, se verá si no los vencemos.
Y el profeta se fué, y púsose delante del rey en el camino, y disfrazóse con un velo sobre los ojos.
Y fué y envió á decir á Josaphat rey de Judá: El rey de Moab se ha rebelado contra mí: ¿irás tú conmigo á la guerra contra Moab? Y él respondió: Iré, porque como yo, así tú; como mi pueblo, así tu pueblo; como mis caballos, así también tus caballos.
Y vosotros heriréis á toda ciudad fortalecida y á toda villa hermosa, y talaréis todo buen árbol, y cegaréis todas las fuentes de aguas, y destruiréis con piedras toda tierra fértil.
Dijo á su señora: Si rogase mi señor al profeta que está en Samaria, él lo sanaría de su lepra.
Si tratáremos de entrar en la ciudad, por el hambre que hay en la ciudad moriremos en ella; y si nos quedamos aquí, también moriremos. Vamos pues ahora, y pasémonos al ejército de los Siros: si ellos nos dieren la vida, viviremos; y si nos dieren la muerte, moriremos.
Entonces respondió uno de sus siervos, y dijo: Tomen ahora cinco de los caballos que han quedado en la ciudad, (porque ellos también son como toda la multitud de Israel que ha quedado en ella; también ellos son como toda la multitud de Israel que ha perecido;) y enviemos, y veamos qué hay.
Tomaron pues dos caballos de un carro, y envió el rey tras el campo de los Siros, diciendo: Id, y ved.
Entonces el pueblo salió, y saquearon el campo de los Siros. Y fué vendido un seah de flor de harina por un siclo, y dos seah de cebada por un siclo, conforme á la palabra de Jehová.
ENTONCES el profeta Eliseo llamó á uno de los hijos de los profetas, y díjole: Ciñe tus lomos, y toma esta alcuza de aceite en tu mano, y ve á Ramoth de Galaad.
Entonces tomaron prestamente su ropa, y púsola cada uno debajo de él en un trono alto, y tocaron corneta, y dijeron: Jehú es rey.
Mas ellos tuvieron gran temor, y dijeron: He aquí dos reyes no pudieron resistirle, ¿cómo le resistiremos nosotros?
Y como las letras llegaron á ellos, tomaron á los hijos del rey, y degollaron setenta varones, y pusieron sus cabezas en canastillos, y enviáronselas á Jezreel.
Sabed ahora que de la palabra de Jehová que habló sobre la casa de Achâb, nada caerá en tierra: y que Jehová ha hecho lo que dijo por su siervo Elías.
Con todo eso Jehú no se apartó de los pecados de Jeroboam hijo de Nabat, que hizo pecar á Israel; á saber, de en pos de los becerros de oro que estaban en Beth-el y en Dan.
Y él hizo lo recto en ojos de Jehová, aunque no como David su padre: hizo conforme á todas las cosas que había hecho Joas su padre.
Y Oseas hijo de Ela hizo conjuración contra Peka hijo de Remalías, é hiriólo, y matólo, y reinó en su lugar, á los veinte años de Jotham hijo de Uzzía.
Contra éste subió Salmanasar rey de los Asirios; y Oseas fué hecho su siervo, y pagábale tributo.
Y como los hijos de Israel paliasen cosas no rectas contra Jehová su Dios, edificándose altos en todas sus ciudades, desde las torres de las atalayas hasta las ciudades fuertes,
Mas temed á Jehová vuestro Dios, y él os librará de mano de todos vuestros enemigos.
Hasta que yo venga, y os lleve á una tierra como la vuestra, tierra de grano y de vino, tierra de pan y de viñas, tierra de olivas, de aceite, y de miel; y viviréis, y no moriréis. No oigáis á Ezechîas, porque os engaña cuando dice: Jehová nos librará.
EN aquellos días cayó Ezechîas enfermo de muerte, y vino á él Isaías profeta hijo de Amós, y díjole: Jehová dice así: Dispón de tu casa, porque has de morir, y no vivirás.
Y edificó altares para todo el ejército del cielo en los dos atrios de la casa de Jehová.
Y fué sepultado en su sepulcro en el huerto de Uzza, y reinó en su lugar Josías su hijo.
Y cuando el rey hubo oído las palabras del libro de la ley, rasgó sus vestidos.
Entonces fué Hilcías el sacerdote, y Ahicam y Achbor y Saphán y Asaía, á Hulda profetisa, mujer de Sallum hijo de Ticva hijo de Araas, guarda de las vestiduras, la cual moraba en Jerusalem en la segunda parte de la ciudad, y hablaron con ella.
Y ella les dijo: Así ha dicho Jehová el Dios de Israel: Decid al varón que os envió á mí:
Entonces Faraón Nechâo puso por rey á Eliacim hijo de Josías, en lugar de Josías su padre, y mudóle el nombre en el de Joacim; y tomó á Joachâz, y llevólo á Egipto, y murió allí.
E hizo lo malo en ojos de Jehová, conforme á todas las cosas que había hecho su padre.
Y quebraron los Caldeos las columnas de bronce que estaban en la casa de Jehová, y las basas, y el mar de bronce que estaba en la casa de Jehová, y llevaron el metal de ello á Babilonia.
Los hijos de Sobal: Alian, Manahach, Ebal, Sephi y Oman. Los hijos de Sibehom: Aia y Ana.
Y Thamar su nuera le parió á Phares y á Zara. Todos los hijos de Judá fueron cinco.
Caleb hijo de Hesrón engendró á Jerioth de su mujer Azuba. Y los hijos de ella fueron Jeser, Sobad, y Ardón.
Y Gesur y Aram tomaron las ciudades de Jair de ellos, y á Cenath con sus aldeas, sesenta lugares. Todos estos fueron de los hijos de Machîr padre de Galaad.
E Isi fué hijo de Aphaim; y Sesam, hijo de Isi; é hijo de Sesam, Alai.
Y Epha, concubina de Caleb, le parió á Harán, y á Mosa, y á Gazez. Y Harán engendró á Gazez.
Y los hijos de Jechônías: Asir, Salathiel,
Los hijos de Elioenai fueron estos siete: Odavias, Eliasib, Palaías, Accub, Johanán, Dalaías, y Anani.
Y los hijos de Helea: Sereth, Jesohar, Ethnán.
Y todos su villajes que estaban en contorno de estas ciudades hasta Baal. Esta fué su habitación, y esta su descendencia.
Los hijos de Elcana: Sophai su hijo, Nahath su hijo,
Algunos de estos tenían cargo de los vasos del ministerio, los cuales se metían por cuenta, y por cuenta se sacaban.
Ira hijo de Acces Tecoita, Abiezer Anathothita;
Selec Ammonita, Naarai Berothita, escudero de Joab hijo de Sarvia;
Hanán hijo de Maachâ, y Josaphat Mithnita;
Y traigamos el arca de nuestro Dios á nosotros, porque desde el tiempo de Saúl no hemos hecho caso de ella.
De los hijos de Gersón, Joel el principal, y sus hermanos, ciento y treinta;
Y Zachârías, Jaaziel, Semiramoth, Jehiel, Unni, Eliab, Maasías, y Benaías, con salterios sobre Alamoth.
Y Mathithías, Eliphelehu, Micnías, Obed-edom, Jehiel, y Azazías, cantaban con arpas en la octava sobresaliendo.
De esta manera llevaba todo Israel el arca del pacto de Jehová, con júbilo y sonido de bocinas, y trompetas, y címbalos, y al son de salterios y arpas.
Oh Jehová, por amor de tu siervo y según tu corazón, has hecho toda esta grandeza, para hacer notorias todas tus grandezas.
Ahora pues, Jehová, tú eres el Dios que has hablado de tu siervo este bien;
Y Sadoc hijo de Achîtob, y Abimelec hijo de Abiathar, eran sacerdotes; y Sausa, secretario;
Y viendo los Siros de Adarezer que habían caído delante de Israel, concertaron paz con David, y fueron sus siervos; y nunca más quiso el Siro ayudar á los hijos de Ammón.
Después de esto aconteció que se levantó guerra en Gezer con los Filisteos; é hirió Sibbecai Husathita á Sippai, del linaje de los gigantes; y fueron humillados.
He aquí, yo en mi estrechez he prevenido para la casa de Jehová cien mil talentos de oro, y un millar de millares de talentos de plata: no tiene peso el metal ni el hierro, porque es mucho. Asimismo he aprestado madera y piedra, á lo cual tú añadirás.
Y repartiólos David en órdenes conforme á los hijos de Leví, Gersón y Coath y Merari.
Los hijos de Uzziel: Michâ el primero, é Isía el segundo.
Los hijos de Musi: Maheli, Eder y Jerimoth. Estos fueron los hijos de los Levitas conforme á las casas de sus familias.
Con todo lo relativo á su reinado, y su poder, y los tiempos que pasaron sobre él, y sobre Israel, y sobre todos los reinos de aquellas tierras.
Y además decía Hiram: Bendito sea Jehová el Dios de Israel, que hizo los cielos y la tierra, y que dió al rey David hijo sabio, entendido, cuerdo y prudente, que edifique casa á Jehová, y casa para su reino.
Y el rey Salomón, y toda la congregación de Israel que se había á él reunido delante del arca, sacrificaron ovejas y bueyes, que por la multitud no se pudieron contar ni numerar.
Y constituyó los repartimientos de los sacerdotes en sus oficios, conforme á la ordenación de David su padre; y los Levitas por sus órdenes, para que alabasen y ministrasen delante de los sacerdotes, cada cosa en su día; asimismo los porteros por su orden á cada puerta: porque así lo había mandado David, varón de Dios.
Y puso el rey plata en Jerusalem como piedras, y cedros como los cabrahigos que nacen por las campiñas en abundancia.
Y que cualquiera que no buscase á Jehová el Dios de Israel, muriese, grande ó pequeño, hombre ó mujer.
Y juraron á Jehová con gran voz y júbilo, á son de trompetas y de bocinas:
Y cayó el pavor de Jehová sobre todos los reinos de las tierras que estaban alrededor de Judá; que no osaron hacer guerra contra Josaphat.
Y todo Judá estaba en pie delante de Jehová, con sus niños, y sus mujeres, y sus hijos.
Y vinieron á Jerusalem con salterios, arpas, y bocinas, á la casa de Jehová.
Mas Jehová no quiso destruir la casa de David, á causa de la alianza que con David había hecho, y porque le había dicho que le daría lámpara á él y á sus hijos perpetuamente.
Entonces despertó Jehová contra Joram el espíritu de los Filisteos, y de los Arabes que estaban junto á los Etiopes;
Y LOS moradores de Jerusalem hicieron rey en lugar suyo á Ochôzías su hijo menor: porque la tropa que había venido con los Arabes al campo, había muerto á todos los mayores; por lo cual reinó Ochôzías, hijo de Joram rey de Judá.
DE VEINTICINCO años era Amasías cuando comenzó á reinar, y veintinueve años reinó en Jerusalem: el nombre de su madre fué Joaddan, de Jerusalem.
Juntó luego Amasías á Judá, y con arreglo á las familias púsoles tribunos y centuriones por todo Judá y Benjamín; y tomólos por lista de veinte años arriba, y fueron hallados en ellos trescientos mil escogidos para salir á la guerra, que tenían lanza y escudo.
Mas cuando fué fortificado, su corazón se enalteció hasta corromperse; porque se rebeló contra Jehová su Dios, entrando en el templo de Jehová para quemar sahumerios en el altar del perfume.
Edificó él la puerta mayor de la casa de Jehová, y en el muro de la fortaleza edificó mucho.
Luego pasaron al rey Ezechîas, y dijéronle: Ya hemos limpiado toda la casa de Jehová, el altar del holocausto, y todos sus instrumentos, y la mesa de la proposición con todos sus utensilios.
Mataron pues los bueyes, y los sacerdotes tomaron la sangre, y esparciéronla sobre el altar; mataron luego los carneros, y esparcieron la sangre sobre el altar; asimismo mataron los corderos, y esparcieron la sangre sobre el altar.
HECHAS todas estas cosas, todos los de Israel que se habían hallado allí, salieron por las ciudades de Judá, y quebraron las estatuas y destruyeron los bosques, y derribaron los altos y los altares por todo Judá y Benjamín, y también en Ephraim y Manasés, hasta acabarlo todo. Después volviéronse todos los hijos de Israel, cada uno á su posesión y á sus ciudades.
¿No os engaña Ezechîas para entregaros á muerte, á hambre, y á sed, diciendo: Jehová nuestro Dios nos librará de la mano del rey de Asiria?
Y sus hechos, primeros y postreros, he aquí está escrito en el libro de los reyes de Israel y de Judá.
Sacólos pues Ciro rey de Persia, por mano de Mitrídates tesorero, el cual los dió por cuenta á Sesbassar príncipe de Judá.
Los hijos de Paros, dos mil ciento setenta y dos;
Los hijos de Asena, los hijos de Meunim, los hijos de Nephusim;
Hicieron asimismo la solemnidad de las cabañas, como está escrito, y holocaustos cada día por cuenta, conforme al rito, cada cosa en su día;
Y dieron dinero á los carpinteros y oficiales; asimismo comida y bebida y aceite á los Sidonios y Tirios, para que trajesen madera de cedro del Líbano á la mar de Joppe, conforme á la voluntad de Ciro rey de Persia acerca de esto.
ENTONCES el rey Darío dió mandamiento, y buscaron en la casa de los libros, donde guardaban los tesoros allí en Babilonia.
Para que ofrezcan olores de holganza al Dios del cielo, y oren por la vida del rey y por sus hijos.
Hijo de Zeraías, hijo de Uzzi, hijo de Bucci,
Hasta cien talentos de plata, y hasta cien coros de trigo, y hasta cien batos de vino, y hasta cien batos de aceite; y sal sin tasa.
Y tú, Esdras, conforme á la sabiduría de tu Dios que tienes, pon jueces y gobernadores, que gobiernen á todo el pueblo que está del otro lado del río, á todos los que tienen noticia de las leyes de tu Dios; y al que no la tuviere, le enseñaréis.
Y ESTOS son los cabezas de sus familias, y genealogía de aquellos que subieron conmigo de Babilonia, reinando el rey Artajerjes:
E hicieron pasar pregón por Judá y por Jerusalem á todos los hijos de la transmigración, que se juntasen en Jerusalem:
Esté ahora atento tu oído, y tus ojos abiertos, para oir la oración de tu siervo, que yo hago ahora delante de ti día y noche, por los hijos de Israel tus siervos; y confieso los pecados de los hijos de Israel que hemos contra ti cometido; sí, yo y la casa de mi padre hemos pecado.
Porque muchos en Judá se habían conjurado con él, porque era yerno de Sechânías hijo de Ara; y Johanán su hijo había tomado la hija de Mesullam, hijo de Berechîas.
Los varones de Anathoth, ciento veintiocho;
Los varones de Beth-azmaveth, cuarenta y dos;
Sus caballos, setecientos treinta y seis; sus mulos, doscientos cuarenta y cinco;
Camellos, cuatrocientos treinta y cinco; asnos, seis mil setecientos y veinte.
Mas en teniendo reposo, se volvían á hacer lo malo delante de ti; por lo cual los dejaste en mano de sus enemigos, que se enseñorearon de ellos: pero convertidos clamaban otra vez á ti, y tú desde los cielos los oías, y según tus miseraciones muchas veces los libraste.
Y el resto del pueblo, los sacerdotes, Levitas, porteros, y cantores, Nethineos, y todos los que se habían apartado de los pueblos de las tierras á la ley de Dios, sus mujeres, sus hijos y sus hijas, y todo el que tenía comprensión y discernimiento,
Y que no daríamos nuestras hijas á los pueblos de la tierra, ni tomaríamos sus hijas para nuestros hijos.
Para el pan de la proposición, y para la ofrenda continua, y para el holocausto continuo, de los sábados, y de las nuevas lunas, y de las festividades, y para las santificaciones y sacrificios por el pecado para expiar á Israel, y para toda la obra de la casa de nuestro Dios.
Y todo Judá trajo el diezmo del grano, del vino y del aceite, á los almacenes.
¿No hicieron así vuestros padres, y trajo nuestro Dios sobre nosotros todo este mal, y sobre esta ciudad? ¿Y vosotros añadís ira sobre Israel profanando el sábado?
¿No pecó por esto Salomón, rey de Israel? Bien que en muchas gentes no hubo rey como él, que era amado de su Dios y Dios lo había puesto por rey sobre todo Israel, aun á él hicieron pecar las mujeres extranjeras.
Que en aquellos días, asentado que fué el rey Assuero en la silla de su reino, la cual estaba en Susán capital del reino,
Y dijeron los criados del rey, sus oficiales: Busquen al rey mozas vírgenes de buen parecer;
Fué pues Esther llevada al rey Assuero á su casa real en el mes décimo, que es el mes de Tebeth, en el año séptimo de su reinado.
En el mes primero, que es el mes de Nisán, en el año duodécimo del rey Assuero, fué echada Pur, esto es, la suerte, delante de Amán, de día en día y de mes en mes; y salió el mes duodécimo, que es el mes de Adar.
Y salió Amán aquel día contento y alegre de corazón; pero como vió á Mardochêo á la puerta del rey, que no se levantaba ni se movía de su lugar, llenóse contra Mardochêo de ira.
Y díjole Zeres su mujer, y todos sus amigos: Hagan una horca alta de cincuenta codos, y mañana di al rey que cuelguen á Mardochêo en ella; y entra con el rey al banquete alegre. Y plugo la cosa en los ojos de Amán, é hizo preparar la horca.
Entonces fueron llamados los escribanos del rey en el mes tercero, que es Siván, á veintitrés del mismo; y escribióse conforme á todo lo que mandó Mardochêo, á los Judíos, y á los sátrapas, y á los capitanes, y á los príncipes de las provincias que había desde la India hasta la Ethiopía, ciento veintisiete provincias; á cada provincia según su escribir, y á cada pueblo conforme á su lengua, á los Judíos también conforme á su escritura y lengua.
Y EL rey Assuero impuso tributo sobre la tierra y las islas de la mar.
Ocupe la oscuridad aquella noche; no sea contada entre los días del año, ni venga en el número de los meses.
Por cuanto no cerró las puertas del vientre donde yo estaba, ni escondió de mis ojos la miseria.
¿Por qué no morí yo desde la matriz, o fuí traspasado en saliendo del vientre?
Pequé, ¿qué te haré, oh Guarda de los hombres? ¿por qué me has puesto contrario á ti, y que á mí mismo sea pesado?
He aquí, Dios no aborrece al perfecto, ni toma la mano de los malignos.
Y en mitad de la siesta se levantará bonanza; resplandecerás, y serás como la mañana:
Y te acostarás, y no habrá quien te espante: y muchos te rogarán.
HE AQUÍ que todas estas cosas han visto mis ojos, y oído y entendido de por sí mis oídos.
¿Quién es el que pleiteará conmigo? porque si ahora yo callara, fenecería.
No obstante, proseguirá el justo su camino, y el limpio de manos aumentará la fuerza.
Hizo alejar de mí mis hermanos, y positivamente se extrañaron de mí mis conocidos.
Su simiente con ellos, compuesta delante de ellos; y sus renuevos delante de sus ojos.
¿Enseñará alguien á Dios sabiduría, juzgando él á los que están elevados?
Que el malo es reservado para el día de la destrucción? Presentados serán en el día de las iras.
A la luz se levanta el matador, mata al pobre y al necesitado, y de noche es como ladrón.
El ojo del adúltero está aguardando la noche, diciendo: No me verá nadie: y esconde su rostro.
Porque ¿qué galardón me daría de arriba Dios, y qué heredad el Omnipotente de las alturas?
Yo pues he esperado, porque no hablaban, antes pararon, y no respondieron más.
Temerlo han por tanto los hombres: él no mira á los sabios de corazón.
Mas tú, Jehová, eres escudo alrededor de mí: mi gloria, y el que ensalza mi cabeza.
Está atento á la voz de mi clamor, Rey mío y Dios mío, porque á ti oraré.
No estarán los insensatos delante de tus ojos: aborreces á todos los que obran iniquidad.
Pues le has hecho poco menor que los ángeles, y coronástelo de gloria y de lustre.
Alegraréme y regocijaréme en ti: cantaré á tu nombre, oh Altísimo;
Los malos serán trasladados al infierno, todas las gentes que se olvidan de Dios.
Pon, oh Jehová, temor en ellos: conozcan las gentes que son no más que hombres. (Selah.)
¿POR qué estás lejos, oh Jehová, y te escondes en el tiempo de la tribulación?
Jehová prueba al justo; empero al malo y al que ama la violencia, su alma aborrece.
Mentira habla cada uno con su prójimo; con labios lisonjeros, con corazón doble hablan.
Cercando andan los malos, mientras son exaltados los más viles de los hijos de los hombres.
Clamaron, y no hubo quien salvase: aun á Jehová, mas no los oyó.
Los errores, ¿quién los entenderá? Líbrame de los que me son ocultos.
Secóse como un tiesto mi vigor, y mi lengua se pegó á mi paladar; y me has puesto en el polvo de la muerte.
Contar puedo todos mis huesos; ellos miran, considéranme.
Mis ojos están siempre hacia Jehová; porque él sacará mis pies de la red.
No juntes con los pecadores mi alma, ni con los hombres de sangres mi vida:
Al Músico principal: Salmo de David. EN ti, oh Jehová, he esperado; no sea yo confundido para siempre: líbrame en tu justicia.
Tema á Jehová toda la tierra: teman de él todos los habitadores del mundo.
Jehová hace nulo el consejo de las gentes, y frustra las maquinaciones de los pueblos.
La espada de ellos entrará en su mismo corazón, y su arco será quebrado.
La boca del justo hablará sabiduría; y su lengua proferirá juicio.
Mis amigos y mis compañeros se quitaron de delante de mi plaga; y mis cercanos se pusieron lejos.
Porque dije: Que no se alegren de mí: cuando mi pie resbalaba, sobre mí se engrandecían.
Al Músico principal: sobre Sosannim: para los hijos de Coré: Masquil: Canción de amores. REBOSA mi corazón palabra buena: refiero yo al Rey mis obras: mi lengua es pluma de escribiente muy ligero.
Haste hermoseado más que los hijos de los hombres; la gracia se derramó en tus labios: por tanto Dios te ha bendecido para siempre.
Conforme á tu nombre, oh Dios, así es tu loor hasta los fines de la tierra: de justicia está llena tu diestra.
He aquí, en maldad he sido formado, y en pecado me concibió mi madre.
Cada uno se había vuelto atrás; todos se habían corrompido: no hay quien haga bien, no hay ni aun uno.
Y dije: ¡Quién me diese alas como de paloma! volaría yo, y descansaría.
Sobre mí, oh Dios, están tus votos: te tributaré alabanzas.
Al Músico principal: sobre No destruyas: Michtam de David, cuando huyó de delante de Saúl á la cueva. TEN misericordia de mí, oh Dios, ten misericordia de mí; porque en ti ha confiado mi alma, y en la sombra de tus alas me ampararé, hasta que pasen los quebrantos.
Mío es Galaad, y mío es Manasés; y Ephraim es la fortaleza de mi cabeza; Judá, mi legislador;
Porque tú has sido mi refugio, y torre de fortaleza delante del enemigo.
Para ver tu fortaleza y tu gloria, así como te he mirado en el santuario.
Cuando me acordaré de ti en mi lecho, cuando meditaré de ti en las velas de la noche.
Está mi alma apegada á ti: tu diestra me ha sostenido.
Escóndeme del secreto consejo de los malignos; de la conspiración de los que obran iniquidad:
El Señor daba palabra: de las evangelizantes había grande ejército.
Terrible eres, oh Dios, desde tus santuarios: el Dios de Israel, él da fortaleza y vigor á su pueblo. Bendito Dios.
Empero yo enderezaba mi oración á ti, oh Jehová, al tiempo de tu buena voluntad: oh Dios, por la multitud de tu misericordia, por la verdad de tu salud, óyeme.
Alabaré yo el nombre de Dios con cántico, ensalzarélo con alabanza.
No se acordaron de su mano, del día que los redimió de angustia;
Y echó las gentes de delante de ellos, y repartióles una herencia con cuerdas; é hizo habitar en sus moradas á las tribus de Israel.
En la calamidad clamaste, y yo te libré: te respondí en el secreto del trueno; te probé sobre las aguas de Meriba. (Selah.)
Yo soy Jehová tu Dios, que te hice subir de la tierra de Egipto: ensancha tu boca, y henchirla he.
Jehová Dios de los ejércitos, oye mi oración: escucha, oh Dios de Jacob. (Selah.)
Cosas ilustres son dichas de ti, ciudad de Dios. (Selah.)
Masquil de Ethán Ezrahita. LAS misericordias de Jehová cantaré perpetuamente: en generación y generación haré notoria tu verdad con mi boca.
Justicia y juicio son el asiento de tu trono: misericordia y verdad van delante de tu rostro.
Mas yo quebrantaré delante de él á sus enemigos, y heriré á sus aborrecedores.
Aparezca en tus siervos tu obra, y tu gloria sobre sus hijos.
Firme es tu trono desde entonces: tú eres eternalmente.
Para tranquilizarle en los días de aflicción, en tanto que para el impío se cava el hoyo.
Sino que el juicio será vuelto á justicia, y en pos de ella irán todos los rectos de corazón.
VENID, celebremos alegremente á Jehová: cantemos con júbilo á la roca de nuestra salud.
Entrad por sus puertas con reconocimiento, por sus atrios con alabanza: alabadle, bendecid su nombre.
Allí anidan las aves; en las hayas hace su casa la cigüeña.
Y establecióla á Jacob por decreto, á Israel por pacto sempiterno,
Después entró Israel en Egipto, y Jacob fué extranjero en la tierra de Châm.
Y desearon con ansia en el desierto; y tentaron á Dios en la soledad.
Y sus enemigos los oprimieron, y fueron quebrantados debajo de su mano.
El dijo, é hizo saltar el viento de la tempestad, que levanta sus ondas.
La tierra fructífera en salados, por la maldad de los que la habitan.
Vuelve el desierto en estanques de aguas, y la tierra seca en manantiales.
Sean sus días pocos: tome otro su oficio.
El poder de sus obras anunció á su pueblo, dándole la heredad de las gentes.
Su simiente será poderosa en la tierra: la generación de los rectos será bendita.
ALABAD á Jehová, naciones todas; pueblos todos, alabadle.
Advenedizo soy yo en la tierra: no encubras de mí tus mandamientos.
Deshácese mi alma de ansiedad: corrobórame según tu palabra.
Y no quites de mi boca en ningún tiempo la palabra de verdad; porque á tu juicio espero.
CHETH. Mi porción, oh Jehová, dije, será guardar tus palabras.
AIN. Juicio y justicia he hecho; no me dejes á mis opresores.
Haz con tu siervo según tu misericordia, y enséñame tus estatutos.
Redímeme de la violencia de los hombres; y guardaré tus mandamientos.
Sumamente acendrada es tu palabra; y la ama tu siervo.
Justicia eterna son tus testimonios; dame entendimiento, y viviré.
Mira, oh Jehová, que amo tus mandamientos: vivifícame conforme á tu misericordia.
Guardado he tus mandamientos y tus testimonios; porque todos mis caminos están delante de ti.
Cántico gradual. ALZARÉ mis ojos á los montes, de donde vendrá mi socorro.
Mi socorrovienede Jehová, que hizo los cielos y la tierra.
Nuestro socorro es en el nombre de Jehová, que hizo el cielo y la tierra.
Irá andando y llorando el que lleva la preciosa simiente; mas volverá á venir con regocijo, trayendo sus gavillas.
Cuando comieres el trabajo de tus manos, bienaventurado tú, y tendrás bien.
Esperé yo á Jehová, esperó mi alma; en su palabra he esperado.
Alabad al Señor de los señores, porque para siempreessu misericordia.
Al que hirió á Egipto en sus primogénitos, porque para siempre es su misericordia.
No ha hecho esto con toda gente; y no conocieron sus juicios. Aleluya.
Volveos á mi reprensión: he aquí yo os derramaré mi espíritu, y os haré saber mis palabras.
Haciendo estar atento tu oído á la sabiduría; si inclinares tu corazón á la prudencia;
Si clamares á la inteligencia, y á la prudencia dieres tu voz;
Porque Jehová da la sabiduría, y de su boca viene el conocimiento y la inteligencia.
Porque al que ama castiga, como el padre al hijo á quien quiere.
Con su ciencia se partieron los abismos, y destilan el rocío los cielos.
Mas la senda de los justos es como la luz de la aurora, que va en aumento hasta que el día es perfecto.
Haz esto ahora, hijo mío, y líbrate, ya que has caído en la mano de tu prójimo: ve, humíllate, y asegúrate de tu amigo.
No des sueño á tus ojos, ni á tus párpados adormecimiento.
Plaga y vergüenza hallará; y su afrenta nunca será raída.
Di á la sabiduría: Tú eres mi hermana; y á la inteligencia llama parienta:
A la tarde del día, ya que oscurecía, en la oscuridad y tiniebla de la noche.
Oid, porque hablaré cosas excelentes; y abriré mis labios para cosas rectas.
En el bien de los justos la ciudad se alegra: mas cuando los impíos perecen, hay fiestas.
Los necios se mofan del pecado: mas entre los rectos hay favor.
LA blanda respuesta quita la ira: mas la palabra áspera hace subir el furor.
La sana lengua es árbol de vida: mas la perversidad en ella es quebrantamiento de espíritu.
El camino de la vida es hacia arriba al entendido, para apartarse del infierno abajo.
El testigo perverso se burlará del juicio; y la boca de los impíos encubrirá la iniquidad.
La gloria de los jóvenes es su fortaleza, y la hermosura de los viejos la vejez.
El que guarda su boca y su lengua, su alma guarda de angustias.
El que ama la limpieza de corazón, por la gracia de sus labios su amigo será el rey.
Sima profunda es la boca de las extrañas: aquel contra el cual estuviere Jehová airado, caerá en ella.
El carbón para brasas, y la leña para el fuego: y el hombre rencilloso para encender contienda.
Tal es el rastro de la mujer adúltera: come, y limpia su boca, y dice: No he hecho maldad.
Porque ¿qué tiene el hombre de todo su trabajo, y fatiga de su corazón, con que debajo del sol él se afanara?
PARA todas las cosas hay sazón, y todo lo que se quiere debajo del cielo, tiene su tiempo:
Asimismo, á todo hombre á quien Dios dió riquezas y hacienda, y le dió también facultad para que coma de ellas, y tome su parte, y goce su trabajo; esto es don de Dios.
El que es, ya su nombre ha sido nombrado; y se sabe que es hombre, y que no podrá contender con el que es más fuerte que él.
Mejor es el fin del negocio que su principio: mejor es el sufrido de espíritu que el altivo de espíritu.
La necedad está colocada en grandes alturas, y los ricos están sentados en lugar bajo.
Halláronme los guardas que rondan la ciudad, y díjeles: ¿Habéis visto al que ama mi alma?
Su paladar, dulcísimo: y todo él codiciable. Tal es mi amado, tal es mi amigo, oh doncellas de Jerusalem.
Levantémonos de mañana á las viñas; veamos si brotan las vides, si se abre el cierne, si han florecido los granados; allí te daré mis amores.
El buey conoce á su dueño, y el asno el pesebre de su señor: Israel no conoce, mi pueblo no tiene entendimiento.
Aquel día arrojará el hombre, á los topos y murciélagos, sus ídolos de plata y sus ídolos de oro, que le hicieron para que adorase;
El capitán de cincuenta, y el hombre de respeto, y el consejero, y el artífice excelente, y el hábil orador.
Los cuales dicen: Venga ya, apresúrese su obra, y veamos: acérquese, y venga el consejo del Santo de Israel, para que lo sepamos!
Y voló hacia mí uno de los serafines, teniendo en su mano un carbón encendido, tomado del altar con unas tenazas:
Con saetas y arco irán allá; porque toda la tierra será espinos y cardos.
¡A la ley y al testimonio! Si no dijeren conforme á esto, es porque no les ha amanecido.
Sino que dormirán allí bestias fieras, y sus casas se llenarán de hurones, allí habitarán hijas del buho, y allí saltarán peludos.
Quebrantó Jehová el bastón de los impíos, el cetro de los señores;
Al que con ira hería los pueblos de llaga permanente, el cual se enseñoreaba de las gentes con furor, y las perseguía con crueldad.
Mas tú echado eres de tu sepulcro como tronco abominable, como vestido de muertos pasados á cuchillo, que descendieron al fondo de la sepultura; como cuerpo muerto hollado.
Y convertiréla en posesión de erizos, y en lagunas de agua; y la barreré con escobas de destrucción, dice Jehová de los ejércitos.
Por tanto mis entrañas sonarán como arpa acerca de Moab, y mi interior en orden á Kir-hareseth.
En aquel tiempo habrá cinco ciudades en la tierra de Egipto que hablen la lengua de Canaán, y que juren por Jehová de los ejércitos: una será llamada la ciudad Herez.
¿Qué tienes tú aquí, ó á quién tienes tú aquí, que labraste aquí sepulcro para ti, como el que en lugar alto labra su sepultura, ó el que esculpe para sí morada en una peña?
Por esta causa la maldición consumió la tierra, y sus moradores fueron asolados; por esta causa fueron consumidos los habitantes de la tierra, y se disminuyeron los hombres.
Estos alzarán su voz, cantarán gozosos en la grandeza de Jehová, desde la mar darán voces.
De lo postrero de la tierra oímos salmos: Gloria al justo. Y yo dije: ¡Mi flaqueza, mi flaqueza, ay de mí! Prevaricadores han prevaricado; y han prevaricado con prevaricación de desleales.
De Jehová de los ejércitos serás visitada con truenos y con terremotos y con gran ruido, con torbellino y tempestad, y llama de fuego consumidor.
Por tanto os será este pecado como pared abierta que se va á caer, y como corcova en alto muro, cuya caída viene súbita y repentinamente.
Porque el mezquino hablará mezquindades, y su corazón fabricará iniquidad, para hacer la impiedad y para hablar escarnio contra Jehová, dejando vacía el alma hambrienta, y quitando la bebida al sediento.
Cierto los avaros malas medidastienen: él maquina pensamientos para enredar á los simples con palabras cautelosas, y para hablar en juiciocontrael pobre.
Dichosos vosotros los que sembráis sobre todas aguas, y metéis en ellas el pie de buey y de asno.
Porque Jehová es nuestro juez, Jehová es nuestro legislador, Jehová es nuestro Rey, él mismo nos salvará.
Llamarán á sus príncipes, príncipes sin reino: y todos sus grandes serán nada.
Confortad á las manos cansadas, roborad las vacilantes rodillas.
Dije: No veré á JAH, á JAH en la tierra de los que viven: ya no veré más hombre con los moradores del mundo.
¿Qué diré? El que me lo dijo, él mismo lo ha hecho. Andaré recapacitando en la amargura de mi alma todos los años de mi vida.
Y dijo Ezechîas á Isaías: La palabra de Jehová que has hablado, es buena. Y añadió: A lo menos, haya paz y verdad en mis días.
Hablad al corazón de Jerusalem: decidle á voces que su tiempo es ya cumplido, que su pecado es perdonado; que doble ha recibido de la mano de Jehová por todos sus pecados.
Yo soy el primero que he enseñado estas cosas á Sión, y á Jerusalem daré un portador de alegres nuevas.
HE aquí mi siervo, yo le sostendré; mi escogido, en quien mi alma toma contentamiento: he puesto sobre él mi espíritu, dará juicio á las gentes.
Por tanto, yo profané los príncipes del santuario, y puse por anatema á Jacob, y por oprobio á Israel.
Este dirá: Yo soy de Jehová; el otro se llamará del nombre de Jacob; y otro escribirá con su mano, A Jehová, y se apellidará con el nombre de Israel.
El carpintero tiende la regla, señala aquélla con almagre, lábrala con los cepillos, dale figura con el compás, hácela en forma de varón, á semejanza de hombre hermoso, para estar en casa.
Y te daré los tesoros escondidos, y los secretos muy guardados; para que sepas que yo soy Jehová, el Dios de Israel, que te pongo nombre.
¡Ay del que dice al padre: ¿Por qué engendraste? y á la mujer: ¿Por qué pariste?
El Señor Jehová me abrió el oído, y yo no fuí rebelde, ni me torné atrás.
Angustiado él, y afligido, no abrió su boca: como cordero fué llevado al matadero; y como oveja delante de sus trasquiladores, enmudeció, y no abrió su boca.
ALÉGRATE, oh estéril, la que no paría; levanta canción, y da voces de júbilo, la que nunca estuvo de parto: porque más son los hijos de la dejada que los de la casada, ha dicho Jehová.
Así será mi palabra que sale de mi boca: no volverá á mí vacía, antes hará lo que yo quiero, y será prosperada en aquello para que la envié.
¿Y de quién te asustaste y temiste, que has faltado á la fe, y no te has acordado de mí, ni te vino al pensamiento? ¿No he yo disimulado desde tiempos antiguos, y nunca me has temido?
Sus telas no servirán para vestir, ni de sus obras serán cubiertos: sus obras son obras de iniquidad, y obra de rapiña está en sus manos.
En vez de cobre traeré oro, y por hierro plata, y por madera metal, y en lugar de piedras hierro; y pondré paz por tu tributo, y justicia por tus exactores.
EL espíritu del Señor Jehová es sobre mí, porque me ungió Jehová; hame enviado á predicar buenas nuevas á los abatidos, á vendar á los quebrantados de corazón, á publicar libertad á los cautivos, y á los presos abertura de la cárcel;
No trabajarán en vano, ni parirán para maldición; porque son simiente de los benditos de Jehová, y sus descendientes con ellos.
Para que maméis y os saciéis de los pechos de sus consolaciones; para que ordeñéis, y os deleitéis con el resplandor de su gloria.
Como aquel á quien consuela su madre, así os consolaré yo á vosotros, y en Jerusalem tomaréis consuelo.
Y díjome Jehová: Bien has visto; porque yo apresuro mi palabra para ponerla por obra.
Y FUÉ á mí palabra de Jehová, diciendo:
Y yo te planté de buen vidueño, simiente verdadera toda ella: ¿cómo pues te me has tornado sarmientos de vid extraña?
He aquí que subirá como nube, y su carro como torbellino: más ligeros con sus caballos que las águilas. ¡Ay de nosotros, porque dados somos á saco!
Corrígete, Jerusalem, porque no se aparte mi alma de ti, porque no te torne desierta, tierra no habitada.
Así dijo Jehová de los ejércitos: Del todo rebuscarán como á vid el resto de Israel: torna tu mano como vendimiador á los cestos.
Oye, tierra. He aquí yo traigo mal sobre este pueblo, el fruto de sus pensamientos; porque no escucharon á mis palabras, y aborrecieron mi ley.
Hija de mi pueblo, cíñete de saco, y revuélcate en ceniza; hazte luto como por hijo único, llanto de amarguras: porque presto vendrá sobre nosotros el destruidor.
Todos ellos príncipes rebeldes, andan con engaño; son cobre y hierro: todos ellos son corruptores.
¿Hasta cuándo estará desierta la tierra, y marchita la hierba de todo el campo? Por la maldad de los que en ella moran, faltaron los ganados, y las aves; porque dijeron: No verá él nuestras postrimerías.
Porque como el cinto se junta á los lomos del hombre, así hice juntar á mí toda la casa de Israel y toda la casa de Judá, dice Jehová, para que me fuesen por pueblo y por fama, y por alabanza y por honra: empero no escucharon.
Y díjome Jehová: No ruegues por este pueblo para bien.
Y será que si te preguntaren: ¿A dónde saldremos? les dirás: Así ha dicho Jehová: El que á muerte, á muerte; y el que á cuchillo, á cuchillo; y el que á hambre, á hambre; y el que á cautividad, á cautividad.
Y librarte he de la mano de los malos, y te redimiré de la mano de los fuertes.
Pues será como la retama en el desierto, y no verá cuando viniere el bien; sino que morará en las securas en el desierto, en tierra despoblada y deshabitada.
Y el vaso que él hacía de barro se quebró en la mano del alfarero; y tornó é hízolo otro vaso, según que al alfarero pareció mejor hacerlo.
Y en un instante hablaré de la gente y del reino, para edificar y para plantar;
Y dijeron: Venid, y tracemos maquinaciones contra Jeremías; porque la ley no faltará del sacerdote, ni consejo del sabio, ni palabra del profeta. Venid é hirámoslo de lengua, y no miremos á todas sus palabras.
ASÍ dijo Jehová: Ve, y compra una vasija de barro del alfarero, y lleva contigode los ancianos del pueblo, y de los ancianos de los sacerdotes;
Y después, así dice Jehová, entregaré á Sedechîas rey de Judá, y á sus criados, y al pueblo, y á los que quedaren en la ciudad de la pestilencia, y del cuchillo, y del hambre, en mano de Nabucodonosor rey de Babilonia, y en mano de sus enemigos, y en mano de los que buscan sus almas; y él los herirá á filo de espada; no los perdonará, ni los recibirá á merced, ni tendrá de ellos misericordia.
¿No piensan como hacen á mi pueblo olvidarse de mi nombre con sus sueños que cada uno cuenta á su compañero, al modo que sus padres se olvidaron de mi nombre por Baal?
He aquí yo contra los que profetizan sueños mentirosos, dice Jehová, y contáronlos, é hicieron errar á mi pueblo con sus mentiras y con sus lisonjas; y yo no los envié, ni les mandé; y ningún provecho hicieron á este pueblo, dice Jehová.
Por tanto, he aquí que yo os echaré en olvido, y os arrancaré de mi presencia, y á la ciudad que os dí á vosotros y á vuestros padres;
Sino que servirán á Jehová su Dios, y á David su rey, el cual les levantaré.
Por manera que para enojo mío y para ira mía me ha sido esta ciudad, desde el día que la edificaron hasta hoy, para que la haga quitar de mi presencia;
Y volviéronme la cerviz, y no el rostro: y cuando los enseñaba, madrugando y enseñando, no escucharon para recibir corrección:
En paz morirás, y conforme á las quemas de tus padres, los reyes primeros que fueron antes de ti, así quemarán por ti, y te endecharán, diciendo, ¡Ay, señor!; porque yo he hablado la palabra, dice Jehová.
Ciertamente los hijos de Jonadab, hijo de Rechâb, tuvieron por firme el mandamiento que les dió su padre; mas este pueblo no me ha obedecido.
Después mandó Jeremías á Baruch, diciendo: Yo estoy preso, no puedo entrar en la casa de Jehová:
Mas entre aquellos fueron hallados diez hombres que dijeron á Ismael: No nos mates; porque tenemos en el campo tesoros de trigos, y cebadas, y aceite, y miel. Y dejólos, y no los mató entre sus hermanos.
Después llevó Ismael cautivo á todo el resto del pueblo que estaba en Mizpa; á las hijas del rey, y á todo el pueblo que en Mizpa había quedado, el cual había Nabuzaradán capitán de la guardia encargado á Gedalías hijo de Ahicam. Llevólos pues cautivos Ismael hijo de Nethanías, y se fué para pasarse á los hijos de Ammón.
Entonces tomaron todos los hombres, y fueron á pelear con Ismael hijo de Nethanías, y halláronlo junto á Aguas-muchas, que es en Gabaón.
Ahora pues sabed de cierto que á cuchillo, y de hambre y pestilencia, moriréis en el lugar donde deseasteis entrar para peregrinar allí.
Cortaron su bosque, dice Jehová, porque no podrán ser contados; porque serán más que langostas, ni tendrán número.
Y vendrá destruidor á cada una de las ciudades, y ninguna ciudad escapará: arruinaráse también el valle, y será destruída la campiña, como ha dicho Jehová.
Y avergonzaráse Moab de Chêmos, á la manera que la casa de Israel se avergonzó de Beth-el, su confianza.
Y Moab será destruído para dejar de ser pueblo: porque se engrandeció contra Jehová.
¿Por qué te glorías de los valles? Tu valle se deshizo, oh hija contumaz, la que confía en sus tesoros, la que dice: ¿Quién vendrá contra mí?
Mas yo desnudaré á Esaú, descubriré sus escondrijos, y no podrá esconderse: será destruída su simiente, y sus hermanos, y sus vecinos; y no será.
He aquí que como león subirá de la hinchazón del Jordán contra la bella y robusta; porque muy pronto harélo correr de sobre ella, y al que fuere escogido la encargaré; porque ¿quién es semejante á mí? ¿y quién me emplazará? ¿y quién será aquel pastor que me podrá resistir?
De Cedar y de los reinos de Hasor, los cuales hirió Nabucodonosor rey de Babilonia. Así ha dicho Jehová: Levantaos, subid contra Cedar, y destruid los hijos de oriente.
Denunciad en las gentes, y haced saber; levantad también bandera: publicad, y no encubráis: decid: Tomada es Babilonia, Bel es confundido, deshecho es Merodach; confundidas son sus esculturas, quebrados son sus ídolos.
Ganado descarriado es Israel; leones lo amontonaron: el rey de Asiria lo devoró el primero; este Nabucodonosor rey de Babilonia lo deshuesó el postrero.
Y en el mes quinto, á los diez del mes, que era el año diecinueve del reinado de Nabucodonosor, rey de Babilonia, vino á Jerusalem Nabuzaradán, capitán de la guardia, que solía estar delante del rey de Babilonia.
Hízole mudar también los vestidos de su prisión, y comía pan delante de él siempre todos los días de su vida.
Sus inmundicias en sus faldas; no se acordó de su postrimería: por tanto ella ha descendido maravillosamente, no tiene consolador. Mira, oh Jehová, mi aflicción, porque el enemigo se ha engrandecido.
Y dije: Pereció mi fortaleza, y mi esperanza de Jehová.
Hacer apartar el derecho del hombre ante la presencia del Altísimo,
Los dichos de los que contra mí se levantaron, y su designio contra mí todo el día.
Nuestra heredad se ha vuelto á extraños, nuestras casas á forasteros.
Cuando andaban, se movían sobre sus cuatro costados: no se volvían cuando andaban.
Y sus cercos eran altos y espantosos, y llenos de ojos alrededor en las cuatro.
Hacia donde el espíritu era que anduviesen, andaban; hacia donde era el espíritu que anduviesen, las ruedas también se levantaban tras ellos; porque el espíritu de los animales estaba en las ruedas.
Y cuando se paraban y aflojaban sus alas, oíase voz de arriba de la expansión que había sobre sus cabezas.
Y vine á los trasportados en Telabib, que moraban junto al río de Chebar, y asenté donde ellos estaban asentados, y allí permanecí siete días atónito entre ellos.
Y tú toma para ti trigo, y cebada, y habas, y lentejas, y mijo, y avena, y ponlo en una vasija, y hazte pan de ello el número de los días que durmieres sobre tu lado: trescientos y noventa días comerás de él.
Y tomarás otra vez de ellos, y los echarás en mitad del fuego, y en el fuego los quemarás: de allí saldrá el fuego en toda la casa de Israel.
Y miré, y he aquí una semejanza que parecía de fuego: desde donde parecían sus lomos para abajo, fuego; y desde sus lomos arriba parecía como resplandor, como la vista de ámbar.
Y díjome: ¿No has visto, hijo del hombre? ¿Es cosa liviana para la casa de Judá hacer las abominaciones que hacen aquí? Después que han llenado la tierra de maldad, y se tornaron á irritarme, he aquí que ponen hedor á mis narices.
Así pues, yo, mi ojo no perdonará, ni tendré misericordia: el camino de ellos tornaré sobre su cabeza.
Delante de sus ojos horadarás la pared, y saldrás por ella.
Así desbarataré la pared que vosotros encostrasteis con lodo suelto, y echaréla á tierra, y será descubierto su cimiento, y caerá, y seréis consumidos en medio de ella; y sabréis que yo soy Jehová.
Los profetas de Israel que profetizan á Jerusalem, y ven para ella visión de paz, no habiendo paz, dice el Señor Jehová.
Y tornaré la tierra en asolamiento, por cuanto cometieron prevaricación, dice el Señor Jehová.
Demás de esto, tomaste tus hijos y tus hijas que me habías engendrado, y los sacrificaste á ellas para consumación. ¿Es poco, esto de tus fornicaciones?
Y Samaria no cometió ni la mitad de tus pecados; porque tú multiplicaste tus abominaciones más que ellas, y has justificado á tus hermanas con todas tus abominaciones que hiciste.
Por tanto, yo os juzgaré á cada uno según sus caminos, oh casa de Israel, dice el Señor Jehová. Convertíos, y volveos de todas vuestras iniquidades; y no os será la iniquidad causa de ruina.
Y sabréis que yo soy Jehová cuando hiciere con vosotros por amor de mi nombre, no según vuestros caminos malos, ni según vuestras perversas obras, oh casa de Israel, dice el Señor Jehová.
Y seráles como adivinación mentirosa en sus ojos, por estar juramentados con juramento á ellos: mas él trae á la memoria la maldad, para prenderlos.
De hayas del monte Senir te fabricaron todas las tillas: tomaron cedros del Líbano para hacerte el mástil.
Arabia y todos los príncipes de Cedar, mercaderes de tu mano en corderos, y carneros, y machos cabríos: en estas cosas fueron tus mercaderes.
Cuando tus mercaderías salían de las naves, hartabas muchos pueblos: los reyes de la tierra enriqueciste con la multitud de tus riquezas y de tus contrataciones.
Y esparciré los Egipcios entre las gentes, y aventarélos por las tierras.
Y fortificaré los brazos del rey de Babilonia, y pondré mi espada en su mano; mas quebraré los brazos de Faraón, y delante de aquél gemirá con gemidos de herido de muerte.
Yo lo entregaré en mano del fuerte de las gentes, que de cierto le manejará: por su impiedad lo he arrojado.
Y he aquí que tú eres á ellos como cantor de amores, gracioso de voz y que canta bien: y oirán tus palabras, mas no las pondrán por obra.
Y en todos mis montes llamaré contra él espada, dice el Señor Jehová: la espada de cada cual será contra su hermano.
Y no traerán leña del campo, ni cortarán de los bosques, sino que quemarán las armas en el fuego: y despojarán á sus despojadores, y robarán á los que los robaron, dice el Señor Jehová.
Comeréis carne de fuertes, y beberéis sangre de príncipes de la tierra; de carneros, de corderos, de machos de cabrío, de bueyes, de toros, engordados todos en Basán.
Y comeréis gordura hasta hartaros, y beberéis hasta embriagaros sangre, de mi sacrificio que yo os sacrifiqué.
Y el solado al lado de las puertas, en proporción á la longitud de los portales, era el solado más bajo.
Y de la puerta que estaba hacia el norte en el atrio exterior, midió su longitud y su anchura.
Y la gloria de Jehová entró en la casa por la vía de la puerta que daba cara al oriente.
Peso de justicia, y epha de justicia, y bato de justicia, tendréis.
Y con cada becerro ofrecerá presente de un epha, y con cada carnero un epha; y por cada epha un hin de aceite.
Y tornando yo, he aquí en la ribera del arroyo había árboles muy muchos de la una parte y de la otra.
Y junto al término de Zabulón, desde la parte del oriente hasta la parte de la mar, Gad, otra.
Parezcan luego delante de ti nuestros rostros, y los rostros de los muchachos que comen de la ración de la comida del rey; y según que vieres, harás con tus siervos.
Respondió el rey y dijo á los Caldeos: El negocio se me fué: si no me mostráis el sueño y su declaración, seréis hechos cuartos, y vuestras casas serán puestas por muladares.
El revela lo profundo y lo escondido: conoce lo que está en tinieblas, y la luz mora con él.
Entonces el rey Nabucodonosor cayó sobre su rostro, y humillóse á Daniel, y mandó que le sacrificasen presentes y perfumes.
Nabucodonosor habló y dijo: Bendito el Dios de ellos, de Sadrach, Mesach, y Abed-nego, que envió su ángel, y libró sus siervos que esperaron en él, y el mandamiento del rey mudaron, y entregaron sus cuerpos antes que sirviesen ni adorasen otro dios que su Dios.
Mas la cepa de sus raíces dejaréis en la tierra, y con atadura de hierro y de metal entre la hierba del campo; y sea mojado con el rocío del cielo, y su parte con las bestias en la hierba de la tierra.
Entonces el rey se demudó de su color, y sus pensamientos lo turbaron, y desatáronse las ceñiduras de sus lomos, y sus rodillas se batían la una con la otra.
Mas cuando su corazón se ensoberbeció, y su espíritu se endureció en altivez, fué depuesto del trono de su reino, y traspasaron de él la gloria:
Y llegándose cerca del foso llamó á voces á Daniel con voz triste: y hablando el rey dijo á Daniel: Daniel, siervo del Dios viviente, el Dios tuyo, á quien tú continuamente sirves ¿te ha podido librar de los leones?
Y oré á Jehová mi Dios, y confesé, y dije: Ahora Señor, Dios grande, digno de ser temido, que guardas el pacto y la misericordia con los que te aman y guardan tus mandamientos;
En aquellos días yo Daniel me contristé por espacio de tres semanas.
Y aquella como semejanza de hombre me tocó otra vez, y me confortó;
Y los sabios del pueblo darán sabiduría á muchos: y caerán á cuchillo y á fuego, en cautividad y despojo, por días.
Y muchos de los que duermen en el polvo de la tierra serán despertados, unos para vida eterna, y otros para vergüenza y confusión perpetua.
Y yo oí, mas no entendí. Y dije: Señor mío, ¿qué será el cumplimiento de estas cosas?
Y desde el tiempo que fuere quitado el continuo sacrificio hasta la abominación espantosa, habrá mil doscientos y noventa días.
No sea que yo la despoje desnuda, y la haga tornar como el día en que nació, y la ponga como un desierto, y la deje como tierra seca, y la mate de sed.
Empero he aquí, yo la induciré, y la llevaré al desierto, y hablaré á su corazón.
Tal será el pueblo como el sacerdote: y visitaré sobre él sus caminos, y pagaréle conforme á sus obras.
Y comerán, mas no se hartarán; fornicarán, mas no se aumentarán: porque dejaron de atender á Jehová.
Atóla el viento en sus alas, y de sus sacrificios serán avergonzados.
NO te alegres, oh Israel, hasta saltar de gozo como los pueblos, pues has fornicadoapartándotede tu Dios: amaste salario por todas las eras de trigo.
Vinieron los días de la visitación, vinieron los días de la paga; conocerálo Israel: necio el profeta, insensato el varón de espíritu, á causa de la multitud de tu maldad, y grande odio.
Ephraim fué herido, secóse su cepa, no hará más fruto: aunque engendren, yo mataré lo deseable de su vientre.
Echad la hoz, porque la mies está ya madura. Venid, descended; porque el lagar está lleno, rebosan las lagaretas: porque mucha es la maldad de ellos.
Y conoceréis que yo soy Jehová vuestro Dios, que habito en Sión, monte de mi santidad: y será Jerusalem santa, y extraños no pasarán más por ella.
Y meteré fuego en el muro de Tiro, y consumirá sus palacios.
Envié entre vosotros mortandad al modo que en Egipto: maté á cuchillo vuestros mancebos, con cautiverio de vuestros caballos; é hice subir el hedor de vuestros reales hasta vuestras narices: empero no os tornasteis á mí, dice Jehová.
OID esta palabra, porque yo levanto endecha sobre vosotros, casa de Israel.
Mésate y trasquílate por los hijos de tus delicias: ensancha tu calva como águila; porque fueron trasportados de ti.
La que te dices casa de Jacob, ¿hase acortado el espíritu de Jehová? ¿son éstas sus obras? ¿Mis palabras no hacen bien al que camina derechamente?
Por tanto, de la profecía se os hará noche, y oscuridad del adivinar; y sobre los profetas se pondrá el sol, y el día se entenebrecerá sobre ellos.
Por tanto, á causa de vosotros será Sión arada como campo, y Jerusalem será majanos, y el monte de la casa como cumbres de breñal.
No creáis en amigo, ni confiéis en príncipe: de la que duerme á tu lado, guarda, no abras tu boca.
Mas con inundación impetuosa hará consumación de su lugar, y tinieblas perseguirán á sus enemigos.
Porque he aquí, yo levanto los Caldeos, gente amarga y presurosa, que camina por la anchura de la tierra para poseer las habitaciones ajenas.
Porque la piedra clamará desde el muro, y la tabla del enmaderado le responderá.
Mas Jehová está en su santo templo: calle delante de él toda la tierra.
¿Airóse Jehová contra los ríos? ¿contra los ríos fué tu enojo? ¿tu ira contra la mar, cuando subiste sobre tus caballos, y sobre tus carros de salud?
Pues así ha dicho Jehová de los ejércitos: Pensad bien sobre vuestros caminos.
Así ha dicho Jehová de los ejércitos: Meditad sobre vuestros caminos.
Luego me llamó, y hablóme diciendo: Mira, los que salieron hacia la tierra del aquilón hicieron reposar mi espíritu en la tierra del aquilón.
Así ha dicho Jehová de los ejércitos: En aquellos días acontecerá que diez hombres de todas las lenguas de las gentes, trabarán de la falda de un Judío, diciendo: Iremos con vosotros, porque hemos oído que Dios está con vosotros.
Y Jehová será visto sobre ellos, y su dardo saldrá como relámpago: y el Señor Jehová tocará trompeta, é irá como torbellinos del austro.
Bien que los sembraré entre los pueblos, aun en lejanos países se acordarán de mí; y vivirán con sus hijos, y tornarán.
HE aquí, el día de Jehová viene, y tus despojos serán repartidos en medio de ti.
Porque yo reuniré todas las gentes en batalla contra Jerusalem; y la ciudad será tomada, y saqueadas serán las casas, y forzadas las mujeres: y la mitad de la ciudad irá en cautiverio, mas el resto del pueblo no será talado de la ciudad.
Y á Esaú aborrecí, y torné sus montes en asolamiento, y su posesión para los chacales del desierto?
Entonces os tornaréis, y echaréis de ver la diferencia entre el justo y el malo, entre el que sirve á Dios y el que no le sirve.
Y enviándolos á Bethlehem, dijo: Andad allá, y preguntad con diligencia por el niño; y después que le hallareis, hacédmelo saber, para que yo también vaya y le adore.
No penséis que he venido para abrogar la ley ó los profetas: no he venido para abrogar, sino á cumplir.
Concíliate con tu adversario presto, entre tanto que estás con él en el camino; porque no acontezca que el adversario te entregue al juez, y el juez te entregue al alguacil, y seas echado en prisión.
Ni por tu cabeza jurarás, porque no puedes hacer un cabello blanco ó negro.
Y entonces les protestaré: Nunca os conocí; apartaos de mí, obradores de maldad.
Y las gentes, viéndolo, se maravillaron, y glorificaron á Dios, que había dado tal potestad á los hombres.
Y he aquí una mujer enferma de flujo de sangre doce años había, llegándose por detrás, tocó la franja de su vestido:
Díceles: Apartaos, que la muchacha no es muerta, mas duerme. Y se burlaban de él.
Y los nombres de los doce apóstoles son estos: el primero, Simón, que es dicho Pedro, y Andrés su hermano; Jacobo, hijode Zebedeo, y Juan su hermano;
Mas ¿qué salisteis á ver? ¿un profeta? También os digo, y más que profeta.
Porque por tus palabras serás justificado, y por tus palabras serás condenado.
Porque como estuvo Jonás en el vientre de la ballena tres días y tres noches, así estará el Hijo del hombre en el corazón de la tierra tres días y tres noches.
Y estando él aún hablando á las gentes, he aquí su madre y sus hermanos estaban fuera, que le querían hablar.
Y parte cayó en pedregales, donde no tenía mucha tierra; y nació luego, porque no tenía profundidad de tierra:
Y él les dijo: Por eso todo escriba docto en el reino de los cielos, es semejante á un padre de familia, que saca de su tesoro cosas nuevas y cosas viejas.
Mas á la cuarta vela de la noche, Jesús fué á ellos andando sobre la mar.
No deberá honrar á su padre ó á su madre con socorro. Así habéis invalidado el mandamiento de Dios por vuestra tradición.
Mas respondiendo él, dijo: Toda planta que no plantó mi Padre celestial, será desarraigada.
Y Jesús dijo: ¿Aun también vosotros sois sin entendimiento?
Y oyendo esto, se maravillaron; y dejándole se fueron.
Y tardándose el esposo, cabecearon todas, y se durmieron.
Entonces les soltó á Barrabás: y habiendo azotado á Jesús, le entregó para ser crucificado.
Confió en Dios: líbrele ahora si le quiere: porque ha dicho: Soy Hijo de Dios.
Y Juan andaba vestido de pelos de camello, y con un cinto de cuero alrededor de sus lomos; y comía langostas y miel silvestre.
Y pasando, vió á Leví, hijo de Alfeo, sentado al banco de los públicos tributos, y le dice: Sígueme. Y levantándose le siguió.
Y subió al monte, y llamó á sí á los que él quiso; y vinieron á él.
Y les dijo: ¿No sabéis esta parábola? ¿Cómo, pues, entenderéis todas las parábolas?
Y sin parábola no les hablaba; mas á sus discípulos en particular declaraba todo.
Y saliendo, predicaban que los hombres se arrepintiesen.
Otros decían: Elías es. Y otros decían: Profeta es, ó alguno de los profetas.
Y oyéndolo Herodes, dijo: Este es Juan el que yo degollé: él ha resucitado de los muertos.
Porque Moisés dijo: Honra á tu padre y á tu madre, y: El que maldijere al padre ó á la madre, morirá de muerte.
Y vosotros decís: Basta si dijere un hombre al padre ó la madre: Es Corbán (quiere decir, don mío á Dios) todo aquello con que pudiera valerte;
Y comieron, y se hartaron: y levantaron de los pedazos que habían sobrado, siete espuertas.
Cuando partí los cinco panes entre cinco mil, ¿cuántas espuertas llenas de los pedazos alzasteis? Y ellos dijeron: Doce.
Y retuvieron la palabra en sí, altercando qué sería aquéllo: Resucitar de los muertos.
Y habiendo salido de allí, caminaron por Galilea; y no quería que nadie lo supiese.
Mas ellos callaron; porque los unos con los otros habían disputado en el camino quién había de ser el mayor.
Y Jesús dijo: No se lo prohibáis; porque ninguno hay que haga milagro en mi nombre que luego pueda decir mal de mí.
Y en casa volvieron los discípulos á preguntarle de lo mismo.
Empero muchos primeros serán postreros, y postreros primeros.
Bendito el reino de nuestro padre David que viene: ¡Hosanna en las alturas!
Y de que los muertos hayan de resucitar, ¿no habéis leído en el libro de Moisés cómo le habló Dios en la zarza, diciendo: Yo soy el Dios de Abraham, y el Dios de Isaac, y el Dios de Jacob?
Y les decía en su doctrina: Guardaos de los escribas, que quieren andar con ropas largas, y aman las salutaciones en las plazas,
Y cuando os trajeren para entregaros, no premeditéis qué habéis de decir, ni lo penséis: mas lo que os fuere dado en aquella hora, eso hablad; porque no sois vosotros los que habláis, sino el Espíritu Santo.
Orad pues, que no acontezca vuestra huída en invierno.
Y el primer día de los panes sin levadura, cuando sacrificaban la pascua, sus discípulos le dicen: ¿Dónde quieres que vayamos á disponer para que comas la pascua?
Y yéndose un poco adelante, se postró en tierra, y oró que si fuese posible, pasase de él aquella hora.
Levantaos, vamos: he aquí, el que me entrega está cerca.
Y estando Pedro abajo en el atrio, vino una de las criadas del sumo sacerdote;
Y corrió uno, y empapando una esponja en vinagre, y poniéndola en una caña, le dió á beber, diciendo: Dejad, veamos si vendrá Elías á quitarle.
Y el centurión que estaba delante de él, viendo que había espirado así clamando, dijo: Verdaderamente este hombre era el Hijo de Dios.
Y no tenían hijo, porque Elisabet era estéril, y ambos eran avanzados en días.
Porque he aquí, como llegó la voz de tu salutación á mis oídos, la criatura saltó de alegría en mi vientre.
Y una espada traspasará tu alma de ti misma, para que sean manifestados los pensamientos de muchos corazones.
Y acabados los días, volviendo ellos, se quedó el niño Jesús en Jerusalem, sin saberlo José y su madre.
Entonces él les dice: ¿Qué hay? ¿por qué me buscabais? ¿No sabíais que en los negocios de mi Padre me conviene estar?
Y las gentes le preguntaban, diciendo: ¿Pues qué haremos?
Que fué de Mattathías, que fué de Amós, que fué de Nahum, que fué de Esli,
Y no hallando por donde meterle á causa de la multitud, subieron encima de la casa, y por el tejado le bajaron con el lecho en medio, delante de Jesús;
Y si prestareis á aquellos de quienes esperáis recibir, ¿qué gracias tendréis? porque también los pecadores prestan á los pecadores, para recibir otro tanto.
Porque os digo que entre los nacidos de mujeres, no hay mayor profeta que Juan el Bautista: mas el más pequeño en el reino de los cielos es mayor que él.
Un acreedor tenía dos deudores: el uno le debía quinientos denarios, y el otro cincuenta;
Porque no hay cosa oculta, que no haya de ser manifestada; ni cosa escondida, que no haya de ser entendida, y de venir á luz.
Y salieron á ver lo que había acontecido; y vinieron á Jesús, y hallaron sentado al hombre de quien habían salido los demonios, vestido, y en su juicio, á los pies de Jesús; y tuvieron miedo.
Entonces toda la multitud de la tierra de los Gadarenos alrededor, le rogaron que se fuese de ellos; porque tenían gran temor. Y él, subiendo en el barco, volvióse.
Poned vosotros en vuestros oídos estas palabras; porque ha de acontecer que el Hijo del hombre será entregado en manos de hombres.
Y otro día al partir, sacó dos denarios, y diólos al huésped, y le dijo: Cuídamele; y todo lo que de más gastares, yo cuando vuelva te lo pagaré.
El pan nuestro de cada día, dánoslohoy.
Y yo os digo: Pedid, y se os dará; buscad, y hallaréis; llamad, y os será abierto.
Mas si por el dedo de Dios echo yo fuera los demonios, cierto el reino de Dios ha llegado á vosotros.
Cuando el espíritu inmundo saliere del hombre, anda por lugares secos, buscando reposo; y no hallándolo, dice: Me volveré á mi casa de donde salí.
La antorcha del cuerpo es el ojo: pues si tu ojo fuere simple, también todo tu cuerpo será resplandeciente; mas si fuere malo, también tu cuerpo será tenebroso.
¡Ay de vosotros, Fariseos! que amáis las primeras sillas en las sinagogas, y las salutaciones en las plazas.
Desde la sangre de Abel, hasta la sangre de Zacarías, que murió entre el altar y el templo: así os digo, será demandada de esta generación.
Y vendrán del Oriente y del Occidente, del Norte y del Mediodía, y se sentarán á la mesa en el reino de Dios.
Y no le podían replicar á estas cosas.
Y PROPÚSOLES también una parábola sobre que es necesario orar siempre, y no desmayar,
Y enseñaba cada día en el templo; mas los príncipes de los sacerdotes, y los escribas, y los principales del pueblo procuraban matarle.
Y respondieron que no sabían de dónde.
Mas él mirándolos, dice: ¿Qué pues es lo que está escrito: La piedra que condenaron los edificadores, ésta fué por cabeza de esquina?
Porque todos estos, de lo que les sobra echaron para las ofrendas de Dios; mas ésta de su pobreza echó todo el sustento que tenía.
Y fué, y habló con los príncipes de los sacerdotes, y con los magistrados, de cómo se lo entregaría.
Y la luz en las tinieblas resplandece; mas las tinieblas no la comprendieron.
Y Juan les respondió, diciendo: Yo bautizo con agua; mas en medio de vosotros ha estado á quien vosotros no conocéis.
Respondió Natanael, y díjole: Rabbí, tú eres el Hijo de Dios; tú eres el Rey de Israel.
Dícele Nicodemo: ¿Cómo puede el hombre nacer siendo viejo? ¿puede entrar otra vez en el vientre de su madre, y nacer?
Y lo que vió y oyó, esto testifica: y nadie recibe su testimonio.
Gloria de los hombres no recibo.
Y seguíale grande multitud, porque veían sus señales que hacía en los enfermos.
Y estaba cerca la fiesta de los Judíos, lade los tabernáculos.
Respondió la gente, y dijo: Demonio tienes: ¿quién te procura matar?
Entonces los Judíos dijeron entre sí: ¿A dónde se ha de ir éste que no le hallemos? ¿Se ha de ir á los esparcidos entre los Griegos, y á enseñar á los Griegos?
Entre tanto que estuviere en el mundo, luz soy del mundo.
Y díjole: Ve, lávate en el estanque de Siloé (que significa, si lo interpretares, Enviado). Y fué entonces, y lavóse, y volvió viendo.
Y dijéronle: ¿Cómo te fueron abiertos los ojos?
E hiciéronle allí una cena: y Marta servía, y Lázaro era uno de los que estaban sentados á la mesa juntamente con él.
Vosotros me llamáis, Maestro, y, Señor: y decís bien; porque lo soy.
Como hubo dicho Jesús esto, fué conmovido en el espíritu, y protestó, y dijo: De cierto, de cierto os digo, que uno de vosotros me ha de entregar.
El entonces recostándose sobre el pecho de Jesús, dícele: Señor, ¿quién es?
De cierto, de cierto os digo: El que en mí cree, las obras que yo hago también él las hará; y mayores que éstas hará; porque yo voy al Padre.
Aun un poquito, y el mundo no me verá más; empero vosotros me veréis; porque yo vivo, y vosotros también viviréis.
El que me aborrece, también á mi Padre aborrece.
Aun tengo muchas cosas que deciros, mas ahora no las podéis llevar.
Pero cuando viniere aquel Espíritu de verdad, él os guiará á toda verdad; porque no hablará de sí mismo, sino que hablará todo lo que oyere, y os hará saber las cosas que han de venir.
He aquí, la hora viene, y ha venido, que seréis esparcidos cada uno por su parte, y me dejaréis solo: mas no estoy solo, porque el Padre está conmigo.
Padre justo, el mundo no te ha conocido, mas yo te he conocido; y éstos han conocido que tú me enviaste;
Y como les dijo, Yo soy, volvieron atrás, y cayeron en tierra.
Y llevando su cruz, salió al lugar que se dice de la Calavera, y en hebreo, Gólgotha;
Mas cuando vinieron á Jesús, como le vieron ya muerto, no le quebraron las piernas:
Y entonces entró también el otro discípulo, que había venido primero al sepulcro, y vió, y creyó.
Y como hubo dicho esto, volvióse atrás, y vió á Jesús que estaba allí; mas no sabía que era Jesús.
DESPUÉS se manifestó Jesús otra vez á sus discípulos en la mar de Tiberias; y manifestóse de esta manera.
Y venida la mañana, Jesús se puso á la ribera: mas los discípulos no entendieron que era Jesús.
Y hay también otras muchas cosas que hizo Jesús, que si se escribiesen cada una por sí, ni aun en el mundo pienso que cabrían los libros que se habrían de escribir. Amén.
Y orando, dijeron: Tú, Señor, que conoces los corazones de todos, muestra cuál escoges de estos dos,
Partos y Medos, y Elamitas, y los que habitamos en Mesopotamia, en Judea y en Capadocia, en el Ponto y en Asia,
Entonces sobornaron á unos que dijesen que le habían oído hablar palabras blasfemas contra Moisés y Dios.
Porque de muchos que tenían espíritus inmundos, salíanéstosdando grandes voces; y muchos paralíticos y cojos eran sanados:
El mismo Simón creyó también entonces, y bautizándose, se llegó á Felipe: y viendo los milagros y grandes maravillas que se hacían, estaba atónito.
(Porque aun no había descendido sobre ninguno de ellos, mas solamente eran bautizados en el nombre de Jesús.)
Y como vió Simón que por la imposición de las manos de los apóstoles se daba el Espíritu Santo, les ofreció dinero,
Y todos los que le oían estaban atónitos, y decían: ¿No es éste el que asolaba en Jerusalem á los que invocaban este nombre, y á eso vino acá, para llevarlos presos á los príncipes de los sacerdotes?
No á todo el pueblo, sino á los testigos que Dios antes había ordenado, es á saber, á nosotros que comimos y bebimos con él, después que resucitó de los muertos.
La cual Dios ha cumplido á los hijos de ellos, á nosotros, resucitando á Jesús: como también en el salmo segundo está escrito: Mi hijo eres tú, yo te he engendrado hoy.
Mirad, pues, que no venga sobre vosotros lo que está dicho en los profetas;
Así que, suscitada una disensión y contienda no pequeña á Pablo y á Bernabé contra ellos, determinaron que subiesen Pablo y Bernabé á Jerusalem, y algunos otros de ellos, á los apóstoles y á los ancianos, sobre esta cuestión.
Y Pablo y Bernabé se estaban en Antioquía, enseñando la palabra del Señor y anunciando el evangelio con otros muchos.
Este quiso Pablo que fuese con él; y tomándole, le circuncidó por causa de los Judíos que estaban en aquellos lugares; porque todos sabían que su padre era Griego.
Y sacándolos fuera, les dice: Señores, ¿qué es menester que yo haga para ser salvo?
(Entonces todos los Atenienses y los huéspedes extranjeros, en ninguna otra cosa entendían, sino ó en decir ó en oir alguna cosa nueva.)
Porque pasando y mirando vuestros santuarios, hallé también un altar en el cual estaba esta inscripción: AL DIOS NO CONOCIDO. Aquél pues, que vosotros honráis sin conocerle, á éste os anuncio yo.
Y siendo Galión procónsul de Acaya, los Judíos se levantaron de común acuerdo contra Pablo, y le llevaron al tribunal,
Diciendo: Que éste persuade á los hombres á honrar á Dios contra la ley.
Haz pues esto que te decimos: Hay entre nosotros cuatro hombres que tienen voto sobre sí:
Y procurando ellos matarle, fué dado aviso al tribuno de la compañía, que toda la ciudad de Jerusalem estaba alborotada;
Y respondió el tribuno: Yo con grande suma alcancé esta ciudadanía. Entonces Pablo dijo: Pero yo lo soy de nacimiento.
Cuando me hallaron purificado en el templo (no con multitud ni con alboroto) unos Judíos de Asia;
Si bien es menester que demos en una isla.
POR lo cual eres inexcusable, oh hombre, cualquiera que juzgas: porque en lo que juzgas á otro, te condenas á ti mismo; porque lo mismo haces, tú que juzgas.
He aquí, tú tienes el sobrenombre de Judío, y estás reposado en la ley, y te glorías en Dios,
Porque si viviereis conforme á la carne, moriréis; mas si por el espíritu mortificáis las obras de la carne, viviréis.
Antes, en todas estas cosas hacemos más que vencer por medio de aquel que nos amó.
Ni lo alto, ni lo bajo, ni ninguna criatura nos podrá apartar del amor de Dios, que es en Cristo Jesús Señor nuestro.
Porque de él, y por él, y en él, son todas las cosas. A él sea gloria por siglos. Amén.
No seas vencido de lo malo; mas vence con el bien el mal.
Cada uno de nosotros agrade á su prójimo en bien, á edificación.
Mas os he escrito, hermanos, en parte resueltamente, como amonestándoos por la gracia que de Dios me es dada,
Tengo, pues, de qué gloriarme en Cristo Jesús en lo que mira á Dios.
Y sé que cuando llegue á vosotros, llegaré con abundancia de la bendición del evangelio de Cristo.
¿Qué es del sabio? ¿qué del escriba? ¿qué del escudriñador de este siglo? ¿no ha enloquecido Dios la sabiduría del mundo?
Porque los Judíos piden señales, y los Griegos buscan sabiduría:
Empero el espiritual juzga todas las cosas; mas él no es juzgado de nadie.
Mas algunos están envanecidos, como si nunca hubiese yo de ir á vosotros.
Limpiad pues la vieja levadura, para que seáis nueva masa, como sois sin levadura: porque nuestra pascua, que es Cristo, fué sacrificada por nosotros.
Así que hagamos fiesta, no en la vieja levadura, ni en la levadura de malicia y de maldad, sino en ázimos de sinceridad y de verdad.
Y esto erais algunos: mas ya sois lavados, mas ya sois santificados, mas ya sois justificados en el nombre del Señor Jesús, y por el Espíritu de nuestro Dios.
La circuncisión nada es, y la incircuncisión nada es; sino la observancia de las mandamientos de Dios.
Y todos en Moisés fueron bautizados en la nube y en la mar;
La misma naturaleza ¿no os enseña que al hombre sea deshonesto criar cabello?
Mas lo espiritual no es primero, sino lo animal; luego lo espiritual.
El cual nos consuela en todas nuestras tribulaciones, para que podamos también nosotros consolar á los que están en cualquiera angustia, con la consolación con que nosotros somos consolados de Dios.
Porque el Hijo de Dios, Jesucristo, que por nosotros ha sido entre vosotros predicado, por mí y Silvano y Timoteo, no ha sido Sí y No; mas ha sido Sí en él.
El cual también nos ha sellado, y dado la prenda del Espíritu en nuestros corazones.
Porque si el ministerio de condenación fué con gloria, mucho más abundará en gloria el ministerio de justicia.
Antes quitamos los escondrijos de vergüenza, no andando con astucia, ni adulterando la palabra de Dios, sino por manifestación de la verdad encomendándonos á nosotros mismos á toda conciencia humana delante de Dios.
Puesto que en verdad habremos sido hallados vestidos, y no desnudos.
Mas el que nos hizo para esto mismo, es Dios; el cual nos ha dado la prenda del Espíritu.
Porque es menester que todos nosotros parezcamos ante el tribunal de Cristo, para que cada uno reciba según lo que hubiere hecho por medio del cuerpo, oraseabueno ó malo.
Y por todos murió, para que los que viven, ya no vivan para sí, mas para aquel que murió y resucitó por ellos.
Al que no conoció pecado, hizo pecado por nosotros, para que nosotros fuésemos hechos justicia de Dios en él.
Y seré á vosotros Padre, y vosotros me seréis á mí hijos é hijas, dice el Señor Todopoderoso.
Ruego pues, que cuando estuviere presente, no tenga que ser atrevido con la confianza con que estoy en ánimo de ser resuelto para con algunos, que nos tienen como si anduviésemos según la carne.
(Porque las armas de nuestra milicia no son carnales, sino poderosas en Dios para la destrucción de fortalezas;)
Esto piense el tal, que cuales somos en la palabra por cartas estando ausentes, tales seremos también en hechos, estando presentes.
Que fué arrebatado al paraíso, donde oyó palabras secretas que el hombre no puede decir.
Y me ha dicho: Bástate mi gracia; porque mi potencia en la flaqueza se perfecciona. Por tanto, de buena gana me gloriaré más bien en mis flaquezas, porque habite en mí la potencia de Cristo.
Por lo cual me gozo en las flaquezas, en afrentas, en necesidades, en persecuciones, en angustias por Cristo; porque cuando soy flaco, entonces soy poderoso.
Rogué á Tito, y envié con él al hermano. ¿Os engañó quizá Tito? ¿no hemos procedido con el mismo espíritu y por las mismas pisadas?
Después fuí á las partes de Siria y de Cilicia;
Aquel, pues, que os daba el Espíritu, y obraba maravillas entre vosotros ¿hacíalo por las obras de la ley, ó por el oir de la fe?
Para que la bendición de Abraham fuese sobre los Gentiles en Cristo Jesús; para que por la fe recibamos la promesa del Espíritu.
Mas venido el cumplimiento del tiempo, Dios envió su Hijo, hecho de mujer, hecho súbdito á la ley,
El cualmisterioen los otros siglos no se dió á conocer á los hijos de los hombres como ahora es revelado á sus santos apóstoles y profetas en el Espíritu:
Un cuerpo, y un Espíritu; como sois también llamados á una misma esperanza de vuestra vocación:
Porque somos miembros de su cuerpo, de su carne y de sus huesos.
Porque á vosotros es concedido por Cristo, no sólo que creáis en él, sino también que padezcáis por él,
Empero en aquello á que hemos llegado, vamos por la misma regla, sintamos una misma cosa.
A vosotros también, que erais en otro tiempo extraños y enemigos de ánimo en malas obras, ahora empero os ha reconciliado
Mas el que hace injuria, recibirá la injuria que hiciere; que no hay acepción de personas.
Porque ya, hermanos, os acordáis de nuestro trabajo y fatiga: que trabajando de noche y de día por no ser gravosos á ninguno de vosotros, os predicamos el evangelio de Dios.
Que vosotros sois nuestra gloria y gozo.
Porque ya está obrando el misterio de iniquidad: solamente espera hasta que sea quitado de en medio el que ahora impide;
Porque aun estando con vosotros, os denunciábamos esto: Que si alguno no quisiere trabajar, tampoco coma.
Mas no lo tengáis como á enemigo, sino amonestadle como á hermano.
Habiendo sido antes blasfemo y perseguidor é injuriador: mas fuí recibido á misericordia, porque lo hice con ignorancia en incredulidad.
Porque el ejercicio corporal para poco es provechoso; mas la piedad para todo aprovecha, pues tiene promesa de esta vida presente, y de la venidera.
Así que, teniendo sustento y con qué cubrirnos, seamos contentos con esto.
Porque el amor del dinero es la raíz de todos los males: el cual codiciando algunos, se descaminaron de la fe, y fueron traspasados de muchos dolores.
Doy gracias á Dios, al cual sirvo desde mis mayores con limpia conciencia, de que sin cesar tengo memoria de ti en mis oraciones noche y día;
Porque no nos ha dado Dios el espíritu de temor, sinoelde fortaleza, y de amor, y de templanza.
Así que, si alguno se limpiare de estas cosas, será vaso para honra, santificado, y útil para los usos del Señor, y aparejado para todo buena obra.
Pero tú has comprendido mi doctrina, instrucción, intento, fe, largura de ánimo, caridad, paciencia,
Procura venir presto á mí:
Alejandro el calderero me ha causado muchos males: el Señor le pague conforme á sus hechos.
Yo Pablo lo escribí de mi mano, yo lo pagaré: por no decirte que aun á ti mismo te me debes demás.
Y como un vestido los envolverás, y serán mudados; empero tú eres el mismo, y tus años no acabarán.
Testificó empero uno en cierto lugar, diciendo: ¿Qué es el hombre, que te acuerdas de él? ¿ó el hijo del hombre, que le visitas?
Porque convenía que aquel por cuya causa son todas las cosas, y por el cual todas las cosas subsisten, habiendo de llevar á la gloria á muchos hijos, hiciese consumado por aflicciones al autor de la salud de ellos.
Por lo cual, debía ser en todo semejante á los hermanos, para venir á ser misericordioso y fiel Pontífice en lo que es para con Dios, para expiar los pecados del pueblo.
Ni nadie toma para sí la honra, sino el que es llamado de Dios, como Aarón.
Y consumado, vino á ser causa de eterna salud á todos los que le obedecen;
Pero de vosotros, oh amados, esperamos mejores cosas, y más cercanas á salud, aunque hablamos así.
Porque aun estaba en los lomos de su padre cuando Melchîsedec le salió al encuentro.
Y los otros cierto fueron muchos sacerdotes, en cuanto por la muerte no podían permanecer.
Por lo cual, este es el pacto que ordenaré á la casa de Israel después de aquellos días, dice el Señor: Daré mis leyes en el alma de ellos, y sobre el corazón de ellos las escribiré; y seré á ellos por Dios, y ellos me serán á mí por pueblo:
Y sobre ella los querubines de gloria que cubrían el propiciatorio; de las cuales cosas no se puede ahora hablar en particular.
Porque no entró Cristo en el santuario hecho de mano, figura del verdadero, sino en el mismo cielo para presentarse ahora por nosotros en la presencia de Dios.
Porque con una sola ofrenda hizo perfectos para siempre á los santificados.
¿Cuánto pensáis que será más digno de mayor castigo, el que hollare al Hijo de Dios, y tuviere por inmunda la sangre del testamento, en la cual fué santificado, é hiciere afrenta al Espíritu de gracia?
Por fe celebró la pascua y el derramamiento de la sangre, para que el que mataba los primogénitos no los tocase.
Otros experimentaron vituperios y azotes; y á más de esto prisiones y cárceles;
Y aquéllos, á la verdad, por pocos días nos castigaban como á ellos les parecía, mas éste para lo que nos es provechoso, para que recibamos su santificación.
Cuando alguno es tentado, no diga que es tentado de Dios: porque Dios no puede ser tentado de los malos, ni él tienta á alguno:
Mas si hacéis acepción de personas, cometéis pecado, y sois reconvenidos de la ley como transgresores.
Y fué cumplida la Escritura que dice: Abraham creyó á Dios, y le fué imputado á justicia, y fué llamado amigo de Dios.
Mas la palabra del Señor permanece perpetuamente. Y esta es la palabra que por el evangelio os ha sido anunciada.
Desead, como niños recién nacidos, la leche espiritual, sin engaño, para que por ella crezcáis en salud:
Porque nos debe bastar que el tiempo pasado de nuestra vida hayamos hecho la voluntad de los Gentiles, cuando conversábamos en lascivias, en concupiscencias, en embriagueces, en glotonerías, en banquetes, y en abominables idolatrías.
Los cuales darán cuenta al que está aparejado para juzgar los vivos y los muertos.
Y sobre todo, tened entre vosotros ferviente caridad; porque la caridad cubrirá multitud de pecados.
Hermanos, no os escribo mandamiento nuevo, sino el mandamiento antiguo que habéis tenido desde el principio: el mandamiento antiguo es la palabra que habéis oído desde el principio.
Porque tres son los que dan testimonio en el cielo, el Padre, el Verbo, y el Espíritu Santo: y estos tres son uno.
Ciertamente me gocé mucho cuando vinieron los hermanos y dieron testimonio de tu verdad, así como tú andas en la verdad.
Y á los ángeles que no guardaron su dignidad, mas dejaron su habitación, los ha reservado debajo de oscuridad en prisiones eternas hasta el juicio del gran día:
El cual ha dado testimonio de la palabra de Dios, y del testimonio de Jesucristo, y de todas las cosas que ha visto.
Yo Juan, vuestro hermano, y participante en la tribulación y en el reino, y en la paciencia de Jesucristo, estaba en la isla que es llamada Patmos, por la palabra de Dios y el testimonio de Jesucristo.
Y en medio de los siete candeleros, uno semejante al Hijo del hombre, vestido de una ropa que llegaba hasta los pies, y ceñido por los pechos con una cinta de oro.
El que venciere, será vestido de vestiduras blancas; y no borraré su nombre del libro de la vida, y confesaré su nombre delante de mi Padre, y delante de sus ángeles.
Y VI en la mano derecha del que estaba sentado sobre el trono un libro escrito de dentro y de fuera, sellado con siete sellos.
Y cuando él abrió el tercer sello, oí al tercer animal, que decía: Ven y ve. Y miré, y he aquí un caballo negro: y el que estaba sentado encima de él, tenía un peso en su mano.
Y miré, y oí un ángel volar por medio del cielo, diciendo en alta voz: ¡Ay! ¡ay! ¡ay! de los que moran en la tierra, por razón de las otras voces de trompeta de los tres ángeles que han de tocar!
Y el número del ejército de los de á caballo era doscientos millones. Y oí el número de ellos.
Y oí otra voz del cielo, que decía: Salid de ella, pueblo mío, porque no seáis participantes de sus pecados, y que no recibáis de sus plagas;
Y midió su muro, ciento cuarenta y cuatro codos, de medida de hombre, la cual es del ángel.
