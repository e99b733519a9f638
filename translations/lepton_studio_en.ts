<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Bucket</name>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasEditor</name>
    <message numerus="yes">
        <source>Cut %n block(s)</source>
        <translation>
            <numerusform>Cut %n block</numerusform>
            <numerusform>Cut %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>Paste %n block</numerusform>
            <numerusform>Paste %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n block(s)</source>
        <translation>
            <numerusform>Duplicate %n block</numerusform>
            <numerusform>Duplicate %n blocks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message numerus="yes">
        <source>Accuracy on %n test picture(s).</source>
        <translation>
            <numerusform>Accuracy on %n test picture.</numerusform>
            <numerusform>Accuracy on %n test pictures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n validation picture(s).</source>
        <translation>
            <numerusform>Accuracy on %n validation picture.</numerusform>
            <numerusform>Accuracy on %n validation pictures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time measured on this computer: one picture at a time, the middle of %n run(s), with onnxruntime on the processor.</source>
        <translation>
            <numerusform>Time measured on this computer: one picture at a time, the middle of %n run, with onnxruntime on the processor.</numerusform>
            <numerusform>Time measured on this computer: one picture at a time, the middle of %n runs, with onnxruntime on the processor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluded</numerusform>
            <numerusform>%n excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n new picture(s)…</source>
        <translation>
            <numerusform>Checking %n new picture…</numerusform>
            <numerusform>Checking %n new pictures…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>%n file could not be added:</numerusform>
            <numerusform>%n files could not be added:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new picture(s) were added to training</source>
        <translation>
            <numerusform>%n new picture was added to training</numerusform>
            <numerusform>%n new pictures were added to training</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) no longer exist and were removed from the dataset.</source>
        <translation>
            <numerusform>%n picture no longer exists and was removed from the dataset.</numerusform>
            <numerusform>%n pictures no longer exist and were removed from the dataset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) cannot be used.</source>
        <translation>
            <numerusform>%n new file cannot be used.</numerusform>
            <numerusform>%n new files cannot be used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be prepared; they may have changed. Use “Check for changes”.</source>
        <translation>
            <numerusform>%n picture could not be prepared; it may have changed. Use “Check for changes”.</numerusform>
            <numerusform>%n pictures could not be prepared; they may have changed. Use “Check for changes”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the class “{name}” and its %n picture(s) from the project?</source>
        <translation>
            <numerusform>Delete the class “{name}” and its %n picture from the project?</numerusform>
            <numerusform>Delete the class “{name}” and its %n pictures from the project?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message numerus="yes">
        <source>Exclude %n picture(s)</source>
        <translation>
            <numerusform>Exclude %n picture</numerusform>
            <numerusform>Exclude %n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n picture(s)</source>
        <translation>
            <numerusform>Include %n picture</numerusform>
            <numerusform>Include %n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n picture(s) to “{name}”</source>
        <translation>
            <numerusform>Move %n picture to “{name}”</numerusform>
            <numerusform>Move %n pictures to “{name}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n picture(s)</source>
        <translation>
            <numerusform>Add %n picture</numerusform>
            <numerusform>Add %n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message numerus="yes">
        <source>Checked on %n test picture(s) the model never learned from.</source>
        <translation>
            <numerusform>Checked on %n test picture the model never learned from.</numerusform>
            <numerusform>Checked on %n test pictures the model never learned from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %n validation picture(s). There are no test pictures; validation pictures helped choose the best epoch, so the figures may be a little optimistic.</source>
        <translation>
            <numerusform>Checked on %n validation picture. There are no test pictures; validation pictures helped choose the best epoch, so the figures may be a little optimistic.</numerusform>
            <numerusform>Checked on %n validation pictures. There are no test pictures; validation pictures helped choose the best epoch, so the figures may be a little optimistic.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <source>Checked against Lepton Studio on %n validation picture(s):</source>
        <translation>
            <numerusform>Checked against Lepton Studio on %n validation picture:</numerusform>
            <numerusform>Checked against Lepton Studio on %n validation pictures:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked against Lepton Studio on %n generated picture(s) (the validation pictures are not on this computer):</source>
        <translation>
            <numerusform>Checked against Lepton Studio on %n generated picture (the validation pictures are not on this computer):</numerusform>
            <numerusform>Checked against Lepton Studio on %n generated pictures (the validation pictures are not on this computer):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message numerus="yes">
        <source>%n picture(s), kept in the project so you can take them back later</source>
        <translation>
            <numerusform>%n picture, kept in the project so you can take it back later</numerusform>
            <numerusform>%n pictures, kept in the project so you can take them back later</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n blocks selected. Select a single block to change its settings.</source>
        <translation>
            <numerusform>%n block selected. Select a single block to change its settings.</numerusform>
            <numerusform>%n blocks selected. Select a single block to change its settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message numerus="yes">
        <source>%n wrong answer(s), the model&apos;s surest mistakes first. Click a picture to see where the model looked.</source>
        <translation>
            <numerusform>%n wrong answer, the model&apos;s surest mistakes first. Click a picture to see where the model looked.</numerusform>
            <numerusform>%n wrong answers, the model&apos;s surest mistakes first. Click a picture to see where the model looked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong answer(s): {confident} given with confidence, {unsure} the model was not sure of (it would answer “none of the classes?”). Surest first; click a picture to see where the model looked.</source>
        <translation>
            <numerusform>%n wrong answer: {confident} given with confidence, {unsure} the model was not sure of (it would answer “none of the classes?”). Surest first; click a picture to see where the model looked.</numerusform>
            <numerusform>%n wrong answers: {confident} given with confidence, {unsure} the model was not sure of (it would answer “none of the classes?”). Surest first; click a picture to see where the model looked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelSummary</name>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problems (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the model first (%n problem(s)):</source>
        <translation>
            <numerusform>Fix the model first (%n problem):</numerusform>
            <numerusform>Fix the model first (%n problems):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%n picture(s) will be used</source>
        <translation>
            <numerusform>%n picture will be used</numerusform>
            <numerusform>%n pictures will be used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n file checked</numerusform>
            <numerusform>%n files checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluded</numerusform>
            <numerusform>%n excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (select the group to act on all)</source>
        <translation>
            <numerusform>… and %n more (select the group to act on all)</numerusform>
            <numerusform>… and %n more (select the group to act on all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <source>%n picture(s) of {true} taken for {predicted}.</source>
        <translation>
            <numerusform>%n picture of {true} taken for {predicted}.</numerusform>
            <numerusform>%n pictures of {true} taken for {predicted}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true} set aside as not sure.</source>
        <translation>
            <numerusform>%n picture of {true} set aside as not sure.</numerusform>
            <numerusform>%n pictures of {true} set aside as not sure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) of {true}, recognised.</source>
        <translation>
            <numerusform>%n picture of {true}, recognised.</numerusform>
            <numerusform>%n pictures of {true}, recognised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message numerus="yes">
        <source>Checked %n file(s).</source>
        <translation>
            <numerusform>Checked %n file.</numerusform>
            <numerusform>Checked %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying %n model(s)…</source>
        <translation>
            <numerusform>Trying %n model…</numerusform>
            <numerusform>Trying %n models…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SplitPage</name>
    <message numerus="yes">
        <source>%n class(es) are too small to have validation pictures; they are only used for training.</source>
        <translation>
            <numerusform>%n class is too small to have validation pictures; it is only used for training.</numerusform>
            <numerusform>%n classes are too small to have validation pictures; they are only used for training.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message numerus="yes">
        <source>Runs (%n)</source>
        <translation>
            <numerusform>Runs (%n)</numerusform>
            <numerusform>Runs (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingPlurals</name>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n epoch</numerusform>
            <numerusform>%n epochs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TryItView</name>
    <message numerus="yes">
        <source>%n picture(s) could not be read.</source>
        <translation>
            <numerusform>%n picture could not be read.</numerusform>
            <numerusform>%n pictures could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>Delete %n block</numerusform>
            <numerusform>Delete %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n block(s)</source>
        <translation>
            <numerusform>Move %n block</numerusform>
            <numerusform>Move %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>Paste %n block</numerusform>
            <numerusform>Paste %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n wire(s)</source>
        <translation>
            <numerusform>Remove %n wire</numerusform>
            <numerusform>Remove %n wires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasTexts</name>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filter</numerusform>
            <numerusform>%n filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message numerus="yes">
        <source>%n block(s), ready to train.</source>
        <translation>
            <numerusform>%n block, ready to train.</numerusform>
            <numerusform>%n blocks, ready to train.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) have fewer than {minimum} pictures.</source>
        <translation>
            <numerusform>%n class has fewer than {minimum} pictures.</numerusform>
            <numerusform>%n classes have fewer than {minimum} pictures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix.</source>
        <translation>
            <numerusform>%n problem to fix.</numerusform>
            <numerusform>%n problems to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trained model(s).</source>
        <translation>
            <numerusform>%n trained model.</numerusform>
            <numerusform>%n trained models.</numerusform>
        </translation>
    </message>
</context>
</TS>
