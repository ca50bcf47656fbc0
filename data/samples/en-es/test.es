Y concibió, y parió un hijo: y dijo: Quitado ha Dios mi afrenta:
Y llamó su nombre José, diciendo: Añádame Jehová otro hijo.
Y puso tres días de camino entre sí y Jacob: y Jacob apacentaba las otras ovejas de Labán.
Y tomóse Jacob varas de álamo verdes, y de avellano, y de castaño, y descortezó en ellas mondaduras blancas, descubriendo así lo blanco de las varas.
Y MANDÓ José al mayordomo de su casa, diciendo: Hinche los costales de aquestos varones de alimentos, cuanto pudieren llevar, y pon el dinero de cada uno en la boca de su costal:
Habiendo ellos salido de la ciudad, de laque aun no se habían alejado, dijo José á su mayordomo: Levántate, y sigue á esos hombres; y cuando los alcanzares, diles: ¿Por qué habéis vuelto mal por bien?
Y como él los alcanzó, díjoles estas palabras.
Y ellos le respondieron: ¿Por qué dice mi señor tales cosas? Nunca tal hagan tus siervos.
Ellos entonces se dieron prisa, y derribando cada uno su costal en tierra, abrió cada cual el costal suyo.
Y llegó Judá con sus hermanos á casa de José, que aun estaba allí, y postráronse delante de él en tierra.
Mi señor preguntó á sus siervos, diciendo: ¿Tenéis padre ó hermano?
Y nosotros dijimos á mi señor: El mozo no puede dejar á su padre, porque si le dejare, su padre morirá.
Sucederá que cuando no vea al mozo, morirá: y tus siervos harán descender las canas de tu siervo nuestro padre con dolor á la sepultura.
Di á los hijos de Israel que tomen para mí ofrenda: de todo varón que la diere de su voluntad, de corazón, tomaréis mi ofrenda.
Y esta es la ofrenda que tomaréis de ellos: Oro, y plata, y cobre,
Las varas se estarán en los anillos del arca: no se quitarán de ella.
Sus manzanas y sus brazos serán de lo mismo, todo ello una pieza labrada á martillo, de oro puro.
Y hacerle has siete candilejas, las cuales encenderás para que alumbren á la parte de su delantera:
Di á Aarón y á sus hijos, que se abstengan de las santificaciones de los hijos de Israel, y que no profanen mi santo nombre en lo que ellos me santifican: Yo Jehová.
Asimismo, cuando alguno ofreciere sacrificio de paces á Jehová para presentar voto, ú ofreciendo voluntariamente, sea de vacas ó de ovejas, sin tacha será acepto; no ha de haber en él falta.
Y dijo Moisés á Aarón: Toma el incensario, y pon en él fuego del altar, y sobre él pon perfume, y ve presto á la congregación, y haz expiación por ellos; porque el furor ha salido de delante de la faz de Jehová: la mortandad ha comenzado.
Mas el día del sábado dos corderos de un año sin defecto, y dos décimas de flor de harina amasada con aceite, por presente, con su libación:
Mas en el mes primero, á los catorce del mes será la pascua de Jehová.
CUANDO salieres á la guerra contra tus enemigos, y vieres caballos y carros, un pueblo más grande que tú, no tengas temor de ellos, que Jehová tu Dios es contigo, el cual te sacó de tierra de Egipto.
Y será que, cuando os acercareis para combatir, llegaráse el sacerdote, y hablará al pueblo,
Y tornarán los oficiales á hablar al pueblo, y dirán: ¿Quién es hombre medroso y tierno de corazón? Vaya, y vuélvase á su casa, y no apoque el corazón de sus hermanos, como su corazón.
Y dijo: Jehová vino de Sinaí, y de Seir les esclareció; resplandeció del monte de Parán, y vino con diez mil santos: á su diestra la ley de fuego para ellos.
Ellos enseñarán tus juicios á Jacob, y tu ley á Israel; pondrán el perfume delante de ti, y el holocausto sobre tu altar.
Y dijo el padre de ella: Persuadíme que la aborrecías, y díla á tu compañero. Mas su hermana menor, ¿no es más hermosa que ella? tómala, pues, en su lugar.
Y acabando de hablar, echó de su mano la quijada, y llamó á aquel lugar Ramath-lehi.
Y como Uría vino á él, preguntóle David por la salud de Joab, y por la salud del pueblo, y asimismo de la guerra.
Y David lo convidó, é hízole comer y beber delante de sí, hasta embriagarlo. Y él salió á la tarde á dormir en su cama con los siervos de su señor; mas no descendió á su casa.
Y fué el mensajero, y llegando, contó á David todas las cosas á que Joab le había enviado.
Y LLEGÁRONSE los días de David para morir, y mandó á Salomón su hijo, diciendo:
Y ella dijo: Dése Abisag Sunamita por mujer á tu hermano Adonía.
Y el rey Salomón respondió, y dijo á su madre: ¿Por qué pides á Abisag Sunamita para Adonía? Demanda también para él el reino, porque él es mi hermano mayor; y tiene también á Abiathar sacerdote, y á Joab hijo de Sarvia.
Y el rey le dijo: Haz como él ha dicho; mátale y entiérralo, y quita de mí y de la casa de mi padre la sangre que Joab ha derramado injustamente.
Porque sabe de cierto que el día que salieres, y pasares el torrente de Cedrón, sin duda morirás, y tu sangre será sobre tu cabeza.
Y vinieron cincuenta varones de los hijos de los profetas, y paráronse enfrente á lo lejos: y ellos dos se pararon junto al Jordán.
Alzó luego el manto de Elías que se le había caído, y volvió, y paróse á la orilla del Jordán.
Después subió de allí á Beth-el; y subiendo por el camino, salieron los muchachos de la ciudad, y se burlaban de él, diciendo: ¡Calvo, sube! ¡calvo, sube!
UNA mujer, de las mujeres de los hijos de los profetas, clamó á Eliseo, diciendo: Tu siervo mi marido es muerto; y tú sabes que tu siervo era temeroso de Jehová: y ha venido el acreedor para tomarse dos hijos míos por siervos.
Y como los vasos fueron llenos, dijo á un hijo suyo: Tráeme aún otro vaso. Y él dijo: No hay más vasos. Entonces cesó el aceite.
Entonces dijo á Giezi su criado: Llama á esta Sunamita. Y como él la llamó, pareció ella delante de él.
Llamando luego á su marido, díjole: Ruégote que envíes conmigo á alguno de los criados y una de las asnas, para que yo vaya corriendo al varón de Dios, y vuelva.
Entonces dijo él á Giezi: Ciñe tus lomos, y toma mi bordón en tu mano, y ve; y si alguno te encontrare, no lo saludes; y si alguno te saludare, no le respondas: y pondrás mi bordón sobre el rostro del niño.
Echóse después para que comieran los hombres; pero sucedió que comiendo ellos de aquel guisado, dieron voces, diciendo: ¡Varón de Dios, la muerte en la olla! Y no lo pudieron comer.
Fuése pues con ellos; y como llegaron al Jordán, cortaron la madera.
Entonces el rey de Israel envió á aquel lugar que el varón de Dios había dicho y amonestádole; y guardóse de allí, no una vez ni dos.
Y él le dijo: No hayas miedo: porque más son los que están con nosotros que los que están con ellos.
Y así que llegaron á Samaria, dijo Eliseo: Jehová, abre los ojos de éstos, para que vean. Y Jehová abrió sus ojos, y miraron, y halláronse en medio de Samaria.
Entonces les fué aparejada grande comida: y como hubieron comido y bebido, enviólos, y ellos se volvieron á su señor. Y nunca más vinieron cuadrillas de Siria á la tierra de Israel.
¿Dónde está el rey de Hamath, el rey de Arphad, el rey de la ciudad de Sepharvaim, de Hena, y de Hiva?
Y tomó Ezechîas las letras de mano de los embajadores; y después que las hubo leído, subió á la casa de Jehová, y extendiólas Ezechîas delante de Jehová.
Por tanto, Jehová dice así del rey de Asiria: No entrará en esta ciudad, ni echará saeta en ella; ni vendrá delante de ella escudo, ni será echado contra ella baluarte.
Por el camino que vino se volverá, y no entrará en esta ciudad, dice Jehová.
Delante de la casa hizo dos columnas de treinta y cinco codos de longitud, con sus capiteles encima, de cinco codos.
Y puso en la tierra jueces en todas las ciudades fuertes de Judá, por todos los lugares.
ENTONCES el pueblo de la tierra tomó á Joachâz hijo de Josías, é hiciéronle rey en lugar de su padre en Jerusalem.
E hizo lo malo en ojos de Jehová su Dios, y no se humilló delante de Jeremías profeta, que le hablabade parte de Jehová.
HUBO un varón en tierra de Hus, llamado Job; y era este hombre perfecto y recto, y temeroso de Dios, y apartado del mal.
Entre tanto que éste hablaba, vino otro que dijo: Tus hijos y tus hijas estaban comiendo y bebiendo vino en casa de su hermano el primogénito;
Y he aquí un gran viento que vino del lado del desierto, é hirió las cuatro esquinas de la casa, y cayó sobre los mozos, y murieron; y solamente escapé yo solo para traerte las nuevas.
Que da la lluvia sobre la haz de la tierra, y envía las aguas por los campos:
¡Oh si pesasen al justo mi queja y mi tormento, y se alzasen igualmente en balanza!
Porque las saetas del Todopoderoso están en mí, cuyo veneno bebe mi espíritu; y terrores de Dios me combaten.
¿Cuál es mi fortaleza para esperar aún? ¿y cuál mi fin para dilatar mi vida?
Mis hermanos han mentido cual arroyo: pasáronse como corrientes impetuosas,
Apártanse de la senda de su rumbo, van menguando y piérdense.
Miraron los caminantes de Temán, los caminantes de Saba esperaron en ellas:
¿Hay iniquidad en mi lengua? ¿no puede mi paladar discernir las cosas depravadas?
El es sabio de corazón, y poderoso en fortaleza: ¿quién se endureció contra él, y quedó en paz?
He aquí, arrebatará; ¿quién le hará restituir? ¿Quién le dirá, Qué haces?
Porque me ha quebrado con tempestad, y ha aumentado mis heridas sin causa.
Bien que yo fuese íntegro, no conozco mi alma: reprocharé mi vida.
La tierra es entregada en manos de los impíos, y él cubre el rostro de sus jueces. Si no es él, ¿quién es? ¿dónde está?
No quedó nada que no comiese: por tanto su bien no será durable.
Cuando fuere lleno su bastimento, tendrá angustia: las manos todas de los malvados vendrán sobre él.
Cuando se pusiere á henchir su vientre, Dios enviará sobre él el furor de su ira, y harála llover sobre él y sobre su comida.
Toda la tierra te adorará, y cantará á ti; cantarán á tu nombre. (Selah.)
Hombres hiciste subir sobre nuestra cabeza; entramos en fuego y en aguas, y sacástenos á hartura.
Holocaustos de cebados te ofreceré, con perfume de carneros: sacrificaré bueyes y machos cabríos. (Selah.)
Librad al afligido y al necesitado: libradlo de mano de los impíos.
Levántate, oh Dios, juzga la tierra: porque tú heredarás en todas las gentes.
Gebal, y Ammón, y Amalec; los Filisteos con los habitadores de Tiro.
Dios habló por su santuario: alegraréme, repartiré á Sichêm, y mediré el valle de Succoth.
Como el rocío de Hermón, que desciende sobre los montes de Sión: porque allí envía Jehová bendición, y vida eterna.
El que corrige al escarnecedor, afrenta se acarrea: el que reprende al impío, se atrae mancha.
Adivinación está en los labios del rey: en juicio no prevaricará su boca.
Manantial de vida es el entendimiento al que lo posee: mas la erudición de los necios es necedad.
El ungüento y el perfume alegran el corazón: y el amigo al hombre con el cordial consejo.
Y abundancia de leche de las cabras para tu mantenimiento, y para mantenimiento de tu casa, y para sustento de tus criadas.
Y si alguno prevaleciere contra el uno, dos estarán contra él; y cordón de tres dobleces no presto se rompe.
No tiene fin todo el pueblo que fué antes de ellos: tampoco los que vendrán después estarán con él contentos. Y esto es también vanidad y aflicción de espíritu.
Antes que se oscurezca el sol, y la luz, y la luna y las estrellas, y las nubes se tornen tras la lluvia:
Las palabras de los sabios son como aguijones; y como clavos hincados, las de los maestros de las congregaciones, dadas por un Pastor.
El fin de todo el discurso oído es este: Teme á Dios, y guarda sus mandamientos; porque esto es el todo del hombre.
¡AY de la corona de soberbia, de los ebrios de Ephraim, y de la flor caduca de la hermosura de su gloria, que está sobre la cabeza del valle fértil de los aturdidos del vino!
¿A quién se enseñará ciencia, ó á quién se hará entender doctrina? ¿A los quitados de la leche? ¿á los arrancados de los pechos?
El que ara para sembrar, ¿arará todo el día; romperá y quebrará los terrones de la tierra?
Vinieron pues los siervos de Ezechîas á Isaías.
Conocido he tu estado, tu salida y tu entrada, y tu furor contra mí.
Y esto te será por señal: Comerás este año lo que nace de suyo, y el año segundo lo que nace de suyo: y el año tercero sembraréis y segaréis, y plantaréis viñas, y comeréis su fruto.
Entonces Sennachêrib rey de Asiria partiéndose se fué, y volvióse, é hizo su morada en Nínive.
Por mí, por amor de mí lo haré, para que no sea amancillado mi nombre, y mi honra no la daré á otro.
Allegaos á mí, oid esto; desde el principio no hablé en escondido; desde que la cosa se hizo, estuve allí: y ahora el Señor Jehová me envió, y su espíritu.
Porque como á vestidura los comerá polilla, como á lana los comerá gusano; mas mi justicia permanecerá perpetuamente, y mi salud por siglos de siglos.
ASÍ dijo Jehová: Guardad derecho, y haced justicia: porque cercana está mi salud para venir, y mi justicia para manifestarse.
Y á los hijos de los extranjeros que se llegaren á Jehová para ministrarle, y que amaren el nombre de Jehová para ser sus siervos: á todos los que guardaren el sábado de profanarlo, y abrazaren mi pacto,
Sus atalayas ciegos son, todos ellos ignorantes; todos ellos perros mudos, no pueden ladrar; soñolientos, echados, aman el dormir.
Y esos perros ansiosos no conocen hartura; y los mismos pastores no supieron entender: todos ellos miran á sus caminos, cada uno á su provecho, cada uno por su cabo.
OID la palabra que Jehová ha hablado sobre vosotros, oh casa de Israel.
Como palma lo igualan, y no hablan; son llevados, porque no pueden andar. No tengáis temor de ellos; porque ni pueden hacer mal, ni para hacer bien tienen poder.
El que hizo la tierra con su potencia, el que puso en orden el mundo con su saber, y extendió los cielos con su prudencia;
Todo hombre se embrutece y le falta ciencia; avergüéncese de su vaciadizo todo fundidor: porque mentira es su obra de fundición, y no hay espíritu en ellos;
Derrama tu enojo sobre las gentes que no te conocen, y sobre las naciones que no invocan tu nombre: porque se comieron á Jacob, y lo devoraron, y le han consumido, y asolado su morada.
El cual mandé á vuestros padres el día que los saqué de la tierra de Egipto, del horno de hierro, diciéndoles: Oid mi voz, y ejecutad aquéllas, conforme á todo lo que os mando, y me seréis por pueblo, y yo seré á vosotros por Dios;
E irán las ciudades de Judá y los moradores de Jerusalem, y clamarán á los dioses á quienes queman ellos inciensos, los cuales no los podrán salvar en el tiempo de su mal.
¿Matáronlo luego Ezechîas rey de Judá y todo Judá? ¿no temió á Jehová, y oró en presencia de Jehová, y Jehová se arrepintió del mal que había hablado contra ellos? ¿Haremos pues nosotros tan grande mal contra nuestras almas?
Y oyó sus palabras el rey Joacim, y todos sus grandes, y todos sus príncipes, y el rey procuró de matarle; lo cual entendiendo Urías, tuvo temor, y huyó, y metióse en Egipto:
Oid palabra de Jehová, oh gentes, y hacedlo saber en las islas que están lejos, y decid: El que esparció á Israel lo juntará y guardará, como pastor á su ganado.
Sino que cada cual morirá por su maldad; los dientes de todo hombre que comiere las uvas agraces, tendrán la dentera.
Mi señor el rey, mal hicieron estos varones en todo lo que han hecho con Jeremías profeta, al cual hicieron echar en la mazmorra; porque allí se morirá de hambre, pues no hay más pan en la ciudad.
Y dijo Sedechîas á Jeremías: Nadie sepa estas palabras, y no morirás.
Les dirás: Supliqué al rey que no me hiciese tornar á casa de Jonathán porque no me muriese allí.
ASÍ ha dicho Jehová: He aquí que yo levanto sobre Babilonia, y sobre sus moradores que se levantan contra mí, un viento destruidor.
Diré al flechero que entesa su arco, y al que se pone orgulloso con su loriga: No perdonéis á sus mancebos, destruid todo su ejército.
El es el que hizo la tierra con su fortaleza, el que afirmó el mundo con su sabiduría, y extendió los cielos con inteligencia;
He aquí yo contra ti, oh monte destruidor, dice Jehová, que destruiste toda la tierra; y extenderé mi mano sobre ti, y te haré rodar de las peñas, y te tornaré monte quemado.
Y será Babilonia para montones, morada de chacales, espanto y silbo, sin morador.
Y sabréis que yo soy Jehová: porque no habéis andado en mis ordenanzas, ni habéis hecho mis juicios, sino según los juicios de las gentes que están en vuestros alrededores habéis hecho.
Y aconteció que, estando yo profetizando, Pelatías hijo de Benaías murió. Entonces caí sobre mi rostro, y clamé con grande voz, y dije: ¡Ah, Señor Jehová! ¿harás tú consumación del resto de Israel?
Y darles he un corazón, y espíritu nuevo daré en sus entrañas; y quitaré el corazón de piedra de su carne, y daréles corazón de carne;
Y hablé á los trasportados todas las palabras de Jehová que él me había mostrado.
Y yo te esparciré por las gentes, y te aventaré por las tierras; y haré fenecer de ti tu inmundicia.
Hijo del hombre, di á ella: Tú no eres tierra limpia, ni rociada con lluvia en el día del furor.
Sus sacerdotes violentaron mi ley, y contaminaron mis santuarios: entre lo santo y lo profano no hicieron diferencia, ni distinguieron entre inmundo y limpio; y de mis sábados escondieron sus ojos, y yo era profanado en medio de ellos.
El pueblo de la tierra usaba de opresión, y cometía robo, y al afligido y menesteroso hacían violencia, y al extranjero oprimían sin derecho.
EN el año tercero del reinado del rey Belsasar, me apareció una visión á mí, Daniel, después de aquella que me había aparecido antes.
Y estando yo considerando, he aquí un macho de cabrío venía de la parte del poniente sobre la haz de toda la tierra, el cual no tocaba la tierra: y tenía aquel macho de cabrío un cuerno notable entre sus ojos:
Y el macho cabrío es el rey de Javán: y el cuerno grande que tenía entre sus ojos es el rey primero.
Y que fué quebrado y sucedieron cuatro en su lugar, significa que cuatro reinos sucederán de la nación, mas no en la fortaleza de él.
Han hablado palabras jurando en vano al hacer alianza: por tanto, el juicio florecerá como ajenjo en los surcos del campo.
Y juzgará entre muchos pueblos, y corregirá fuertes gentes hasta muy lejos: y martillarán sus espadas para azadones, y sus lanzas para hoces: no alzará espada gente contra gente, ni más se ensayarán para la guerra.
Levántate y trilla, hija de Sión, porque tu cuerno tornaré de hierro, y tus uñas de metal, y desmenuzarás muchos pueblos; y consagrarás á Jehová sus robos, y sus riquezas al Señor de toda la tierra.
Pues poned ahora vuestro corazón desde este día en adelante, desde el día veinticuatro del noveno mes, desde el día que se echó el cimiento al templo de Jehová; poned vuestro corazón.
Y fué segunda vez palabra de Jehová á Haggeo, á los veinticuatro del mismo mes, diciendo:
A los veinticuatro del mes undécimo, que es el mes de Sebath, en el año segundo de Darío, fué palabra de Jehová á Zacarías profeta, hijo de Berechîas, hijo de Iddo, diciendo:
Vi de noche, y he aquí un varón que cabalgaba sobre un caballo bermejo, el cual estaba entre los mirtos que había en la hondura; y detrás de él había caballos bermejos, overos, y blancos.
Y díjome el ángel que hablaba conmigo: Clama diciendo: Así ha dicho Jehová de los ejércitos: Celé á Jerusalem y á Sión con gran celo:
Cuando fué enviado á la casa de Dios, Saraser, con Regem-melech y sus hombres, á implorar el favor de Jehová,
Así ha dicho Jehová mi Dios: Apacienta las ovejas de la matanza;
Y dije: No os apacentaré; la que muriere, muera; y la que se perdiere, se pierda; y las que quedaren, que cada una coma la carne de su compañera.
Entonces sus discípulos le preguntaron, diciendo: ¿Por qué dicen pues los escribas que es menester que Elías venga primero?
Y estando ellos en Galilea, Jesús les dijo: El Hijo del hombre será entregado en manos de hombres,
Ni seáis llamados maestros; porque uno es vuestro Maestro, el Cristo.
Y el que jura por el cielo, jura por el trono de Dios, y por Aquél que está sentado sobre él.
Entonces los príncipes de los sacerdotes, y los escribas, y los ancianos del pueblo se juntaron al patio del pontífice, el cual se llamaba Caifás;
Y decían: No en el día de la fiesta, porque no se haga alboroto en el pueblo.
Entonces vino á sus discípulos y díceles: Dormid ya, y descansad: he aquí ha llegado la hora, y el Hijo del hombre es entregado en manos de pecadores.
Y no lo hallaron, aunque muchos testigos falsos se llegaban; mas á la postre vinieron dos testigos falsos,
Entonces le escupieron en el rostro, y le dieron de bofetadas; y otros le herían con mojicones,
Entonces comenzó á hacer imprecaciones, y á jurar, diciendo: No conozco al hombre. Y el gallo cantó luego.
Y aun los cabellos de vuestra cabeza están todos contados. No temáis pues: de más estima sois que muchos pajarillos.
Así es el que hace para sí tesoro, y no es rico en Dios.
Empero de bautismo me es necesario ser bautizado: y ¡cómo me angustio hasta que sea cumplido!
Y decía también á las gentes: Cuando veis la nube que sale del poniente, luego decís: Agua viene; y es así.
Yo sé lo que haré para que cuando fuere quitado de la mayordomía, me reciban en sus casas.
Y además de todo esto, una grande sima está constituída entre nosotros y vosotros, que los que quisieren pasar de aquí á vosotros, no pueden, ni de allá pasar acá.
Y dijo: Ruégote pues, padre, que le envíes á la casa de mi padre;
Dícenle: Maestro, esta mujer ha sido tomada en el mismo hecho, adulterando;
Oyendo, pues, ellos, redargüidos de la conciencia, salíanse uno á uno, comenzando desde los más viejos hasta los postreros: y quedó solo Jesús, y la mujer que estaba en medio.
Y enderezándose Jesús, y no viendo á nadie más que á la mujer, díjole: ¿Mujer, dónde están los que te acusaban? ¿Ninguno te ha condenado?
Mas no entendieron que él les hablaba del Padre.
Y respondiéronle: Simiente de Abraham somos, y jamás servimos á nadie: ¿cómo dices tú: Seréis libres?
He visto, he visto la aflicción de mi pueblo que está en Egipto, y he oído el gemido de ellos, y he descendido para librarlos. Ahora pues, ven, te enviaré á Egipto.
Este es el Moisés, el cual dijo á los hijos de Israel: Profeta os levantará el Señor Dios vuestro de vuestros hermanos, como yo; á él oiréis.
Al cual nuestros padres no quisieron obedecer; antes le desecharon, y se apartaron de corazón á Egipto,
El cual recibido, metieron también nuestros padres con Josué en la posesión de los Gentiles, que Dios echó de la presencia de nuestros padres, hasta los días de David;
¿A cuál de los profetas no persiguieron vuestros padres? y mataron á los que antes anunciaron la venida del Justo, del cual vosotros ahora habéis sido entregadores y matadores;
Y echándolo fuera de la ciudad, le apedreaban: y los testigos pusieron sus vestidos á los pies de un mancebo que se llamaba Saulo.
Y deteniéndose entre ellos no más de ocho ó diez días, venido á Cesarea, el siguiente día se sentó en el tribunal, y mandó que Pablo fuese traído.
Alegando él por su parte: Ni contra la ley de los Judíos, ni contra el templo, ni contra César he pecado en nada.
Y como estuvieron allí muchos días, Festo declaró la causa de Pablo al rey, diciendo: Un hombre ha sido dejado preso por Félix,
Mas yo, hallando que ninguna cosa digna de muerte ha hecho, y él mismo apelando á Augusto, he determinado enviarle:
Porque con el corazón se cree para justicia; mas con la boca se hace confesión para salud.
Porque por un Espíritu somos todos bautizados en un cuerpo, ora Judíos ó Griegos, ora siervos ó libres; y todos hemos bebido de un mismo Espíritu.
Mas ahora Dios ha colocado los miembros cada uno de ellos en el cuerpo, como quiso.
Mas ahora muchos miembros son á la verdad, empero un cuerpo.
Porque los que en nosotros son más honestos, no tienen necesidad: mas Dios ordenó el cuerpo, dando más abundante honor al que le faltaba;
Porque si las cosas que destruí, las mismas vuelvo á edificar, transgresor me hago.
Porque yo por la ley soy muerto á la ley, para vivir á Dios.
Un poco de levadura leuda toda la masa.
Porque los que son de Cristo, han crucificado la carne con los afectos y concupiscencias.
Porque no nos ha llamado Dios á inmundicia, sino á santificación.
Mas acerca de la caridad fraterna no habéis menester que os escriba: porque vosotros mismos habéis aprendido de Dios que os améis los unos á los otros;
Porque el mismo Señor con aclamación, con voz de arcángel, y con trompeta de Dios, descenderá del cielo; y los muertos en Cristo resucitarán primero:
Porque sus juicios son verdaderos y justos; porque él ha juzgado á la grande ramera, que ha corrompido la tierra con su fornicación, y ha vengado la sangre de sus siervos de la mano de ella.
Y otra vez dijeron: Aleluya. Y su humo subió para siempre jamás.
Y vi el cielo abierto; y he aquí un caballo blanco, y el que estaba sentado sobre él, era llamado Fiel y Verdadero, el cual con justicia juzga y pelea.
