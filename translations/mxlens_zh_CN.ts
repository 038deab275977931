<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ByteSource</name>
    <message>
        <location filename="../core/archive/bytesource.cpp" line="145"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../core/archive/bytesource.cpp" line="151"/>
        <source>it is a directory</source>
        <translation>它是一个目录</translation>
    </message>
    <message>
        <location filename="../core/archive/bytesource.cpp" line="153"/>
        <source>it is a FIFO (named pipe), not a regular file</source>
        <translation>它是一个 FIFO（命名管道），不是普通文件</translation>
    </message>
    <message>
        <location filename="../core/archive/bytesource.cpp" line="155"/>
        <source>it is a device, not a regular file</source>
        <translation>它是一个设备，不是普通文件</translation>
    </message>
    <message>
        <location filename="../core/archive/bytesource.cpp" line="157"/>
        <source>it is a socket, not a regular file</source>
        <translation>它是一个套接字，不是普通文件</translation>
    </message>
    <message>
        <location filename="../core/archive/bytesource.cpp" line="158"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../core/archive/bytesource.cpp" line="186"/>
        <source>the file shrank while it was being read: it had %1 bytes when opened, reading stopped at byte %2</source>
        <translation>文件在读取过程中变小了：打开时有 %1 字节，读取停在第 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/archive/bytesource.cpp" line="211"/>
        <source>the file was written to while it was being read (%1 when opened, %2 after reading); open it again once it is complete</source>
        <translation>文件在读取过程中被写入（打开时 %1，读取后 %2）；请在它写完后重新打开</translation>
    </message>
    <message>
        <location filename="../core/archive/bytesource.cpp" line="241"/>
        <source>%1 bytes, more than the %2 accepted here</source>
        <translation>%1 字节，超过此处接受的 %2</translation>
    </message>
    <message>
        <location filename="../core/archive/bytesource.cpp" line="324"/>
        <source>changed on disk since it was opened: %1</source>
        <translation>自打开以来已在磁盘上更改：%1</translation>
    </message>
    <message>
        <location filename="../core/archive/bytesource.cpp" line="328"/>
        <source>it shrank from %1 to %2 bytes</source>
        <translation>它从 %1 字节缩小到 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/archive/bytesource.cpp" line="330"/>
        <source>it was truncated while being read (it had %1 bytes when opened)</source>
        <translation>它在读取时被截断（打开时有 %1 字节）</translation>
    </message>
    <message>
        <location filename="../core/archive/bytesource.cpp" line="333"/>
        <source>it was written to (when opened: %1; now: %2)</source>
        <translation>它被写入过（打开时：%1；现在：%2）</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../cli/cliapp.cpp" line="106"/>
        <source>no command given</source>
        <translation>未给出命令</translation>
    </message>
    <message>
        <location filename="../cli/cliapp.cpp" line="126"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/clicontext.cpp" line="53"/>
        <source>Try &apos;mxlens-cli --help&apos;.</source>
        <translation>请尝试 &apos;mxlens-cli --help&apos;。</translation>
    </message>
    <message>
        <location filename="../cli/clicontext.cpp" line="93"/>
        <source>--epoch takes a number</source>
        <translation>--epoch 需要一个数字</translation>
    </message>
    <message>
        <location filename="../cli/clicontext.cpp" line="127"/>
        <source>removed %1, left behind by an interrupted save</source>
        <translation>已删除 %1，它是一次中断的保存留下的</translation>
    </message>
    <message>
        <location filename="../cli/commands/convertcommand.cpp" line="18"/>
        <source>convert takes IN and -o OUT</source>
        <translation>convert 需要 IN 和 -o OUT</translation>
    </message>
    <message>
        <location filename="../cli/commands/convertcommand.cpp" line="27"/>
        <source>--names takes readable or stored</source>
        <translation>--names 只能是 readable 或 stored</translation>
    </message>
    <message>
        <location filename="../cli/commands/convertcommand.cpp" line="39"/>
        <source>, readable names</source>
        <translation>，可读名称</translation>
    </message>
    <message>
        <location filename="../cli/commands/convertcommand.cpp" line="39"/>
        <source>, stored keys</source>
        <translation>，存储的键</translation>
    </message>
    <message>
        <location filename="../cli/commands/convertcommand.cpp" line="40"/>
        <source>wrote %1 (%2): %3 arrays, every one read back equal</source>
        <translation>已写入 %1（%2）：%3 个数组，每个读回后均相同</translation>
    </message>
    <message>
        <location filename="../cli/commands/convertcommand.cpp" line="44"/>
        <source>; %1 sparse arrays written dense</source>
        <translation>；%1 个稀疏数组以稠密形式写入</translation>
    </message>
    <message>
        <location filename="../cli/commands/diffcommand.cpp" line="16"/>
        <source>diff takes A and B</source>
        <translation>diff 需要 A 和 B</translation>
    </message>
    <message>
        <location filename="../cli/commands/exportcommand.cpp" line="28"/>
        <source>only MXFusion archives can be transplanted</source>
        <translation>只有 MXFusion 归档可以移植</translation>
    </message>
    <message>
        <location filename="../cli/commands/exportcommand.cpp" line="56"/>
        <source>wrote %1: the skeleton of %2 holding %3 saved values, verified
</source>
        <translation>已写入 %1：%2 的骨架，含 %3 个已保存的值，已验证
</translation>
    </message>
    <message>
        <location filename="../cli/commands/exportcommand.cpp" line="60"/>
        <source>  left behind: %1 (%2): %3
</source>
        <translation>  未移植：%1（%2）：%3
</translation>
    </message>
    <message>
        <location filename="../cli/commands/exportcommand.cpp" line="62"/>
        <source>  left at its initial value: current %1: %2
</source>
        <translation>  保留初始值：当前的 %1：%2
</translation>
    </message>
    <message>
        <location filename="../cli/commands/exportcommand.cpp" line="74"/>
        <source>export takes SAVED and -o OUT</source>
        <translation>export 需要 SAVED 和 -o OUT</translation>
    </message>
    <message>
        <location filename="../cli/commands/exportcommand.cpp" line="81"/>
        <source>--rename takes UUID=NAME, not &apos;%1&apos;</source>
        <translation>--rename 需要 UUID=NAME，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/commands/exportcommand.cpp" line="90"/>
        <source>--mapping needs --onto CURRENT</source>
        <translation>--mapping 需要 --onto CURRENT</translation>
    </message>
    <message>
        <location filename="../cli/commands/exportcommand.cpp" line="92"/>
        <source>--rename cannot be combined with --onto: the result has the current model&apos;s names</source>
        <translation>--rename 不能与 --onto 一起使用：结果使用当前模型的名称</translation>
    </message>
    <message>
        <location filename="../cli/commands/exportcommand.cpp" line="105"/>
        <source>wrote %1: %2 entries copied unchanged (compared byte for byte), %3 rewritten (%4; %5 tensors read back), verified
</source>
        <translation>已写入 %1：%2 个条目原样复制（逐字节比较），%3 个重写（%4；读回 %5 个张量），已验证
</translation>
    </message>
    <message>
        <location filename="../cli/commands/exportcommand.cpp" line="110"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../cli/commands/infocommand.cpp" line="19"/>
        <source>info takes exactly one FILE</source>
        <translation>info 只接受一个 FILE</translation>
    </message>
    <message>
        <location filename="../cli/commands/reconcilecommand.cpp" line="17"/>
        <source>reconcile takes SAVED and CURRENT</source>
        <translation>reconcile 需要 SAVED 和 CURRENT</translation>
    </message>
    <message>
        <location filename="../cli/commands/reconcilecommand.cpp" line="22"/>
        <source>--mode is mxfusion or assisted, not &apos;%1&apos;</source>
        <translation>--mode 只能是 mxfusion 或 assisted，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/commands/reconcilecommand.cpp" line="30"/>
        <source>the saved file is not an MXFusion archive</source>
        <translation>保存的文件不是 MXFusion 归档</translation>
    </message>
    <message>
        <location filename="../cli/commands/rendercommand.cpp" line="21"/>
        <source>render takes exactly one FILE</source>
        <translation>render 只接受一个 FILE</translation>
    </message>
    <message>
        <location filename="../cli/commands/rendercommand.cpp" line="27"/>
        <source>render needs -o OUT.svg or -o OUT.png</source>
        <translation>render 需要 -o OUT.svg 或 -o OUT.png</translation>
    </message>
    <message>
        <location filename="../cli/commands/rendercommand.cpp" line="32"/>
        <source>--graph takes a graph number (0 = the model)</source>
        <translation>--graph 需要一个计算图编号（0 = 模型）</translation>
    </message>
    <message>
        <location filename="../cli/commands/rendercommand.cpp" line="40"/>
        <source>there is no graph %1 (the file has %2)</source>
        <translation>没有计算图 %1（该文件有 %2 个）</translation>
    </message>
    <message>
        <location filename="../cli/commands/rendercommand.cpp" line="56"/>
        <source>the picture was scaled to %1 % of its full size to stay within %2 pixels on its longest side; use .svg for full size</source>
        <translation>图片已缩放到原尺寸的 %1 %，以使最长边不超过 %2 像素；如需原尺寸请使用 .svg</translation>
    </message>
    <message>
        <location filename="../cli/commands/tensorcommand.cpp" line="19"/>
        <source>tensor takes FILE and KEY</source>
        <translation>tensor 需要 FILE 和 KEY</translation>
    </message>
    <message>
        <location filename="../cli/commands/tensorcommand.cpp" line="24"/>
        <source>tensor needs -o OUT.npy or -o OUT.csv</source>
        <translation>tensor 需要 -o OUT.npy 或 -o OUT.csv</translation>
    </message>
    <message>
        <location filename="../cli/commands/tensorcommand.cpp" line="27"/>
        <source>the output must end in .npy or .csv</source>
        <translation>输出文件必须以 .npy 或 .csv 结尾</translation>
    </message>
    <message>
        <location filename="../cli/commands/tensorcommand.cpp" line="59"/>
        <source>no tensor with key, component name or readable name &apos;%1&apos;</source>
        <translation>没有键、组件名称或可读名称为 &apos;%1&apos; 的张量</translation>
    </message>
    <message>
        <location filename="../cli/commands/tensorcommand.cpp" line="60"/>
        <source>&apos;%1&apos; names %2 tensors; use GROUP/KEY</source>
        <translation>&apos;%1&apos; 对应 %2 个张量；请使用 GROUP/KEY</translation>
    </message>
    <message>
        <location filename="../cli/commands/validatecommand.cpp" line="18"/>
        <source>validate takes exactly one FILE</source>
        <translation>validate 只接受一个 FILE</translation>
    </message>
    <message>
        <location filename="../cli/commands/validatecommand.cpp" line="26"/>
        <source>%1: no problems found
</source>
        <translation>%1：未发现问题
</translation>
    </message>
    <message>
        <location filename="../cli/commands/validatecommand.cpp" line="28"/>
        <source>%1: %2 problem(s)
</source>
        <translation>%1：%2 个问题
</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../cli/commandline.cpp" line="42"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location filename="../cli/commandline.cpp" line="46"/>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../core/document/editvalues.cpp" line="74"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; 不是数字</translation>
    </message>
    <message>
        <location filename="../core/document/editvalues.cpp" line="96"/>
        <source>expected {&quot;observed&quot;: [UUID, ...]}</source>
        <translation>应为 {&quot;observed&quot;: [UUID, ...]}</translation>
    </message>
    <message>
        <location filename="../core/document/editvalues.cpp" line="100"/>
        <source>&quot;observed&quot; holds %1, not a UUID string</source>
        <translation>&quot;observed&quot; 含有 %1，而不是 UUID 字符串</translation>
    </message>
</context>
<context>
    <name>Convert</name>
    <message>
        <location filename="../core/export/convert.cpp" line="45"/>
        <source>the converted file does not read back: %1</source>
        <translation>转换后的文件无法读回：%1</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="68"/>
        <source>%1 is stored in Fortran order; MXNet lists hold C order only (save it with numpy.ascontiguousarray first)</source>
        <translation>%1 以 Fortran 顺序存储；MXNet 列表只能保存 C 顺序（请先用 numpy.ascontiguousarray 保存）</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="87"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="189"/>
        <source>it reads as %1</source>
        <translation>它被读作 %1</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="191"/>
        <source>its metadata differs</source>
        <translation>它的元数据不同</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="193"/>
        <location filename="../core/export/convert.cpp" line="339"/>
        <source>%1 arrays instead of %2</source>
        <translation>%1 个数组，而不是 %2 个</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="203"/>
        <source>%1 changed its name, dtype or shape</source>
        <translation>%1 的名称、数据类型或形状改变了</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="210"/>
        <location filename="../core/export/convert.cpp" line="217"/>
        <location filename="../core/export/convert.cpp" line="355"/>
        <source>the values of %1 differ</source>
        <translation>%1 的值不同</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="242"/>
        <source>only a pre-zip MXFusion save converts to an inference.zip; its values, and those of every other file, convert to .npz or .safetensors</source>
        <translation>只有 zip 之前的 MXFusion 保存文件可以转换为 inference.zip；它的值以及其他任何文件的值可转换为 .npz 或 .safetensors</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="247"/>
        <source>--names applies to .npz, .safetensors and .params outputs</source>
        <translation>--names 适用于 .npz、.safetensors 和 .params 输出</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="259"/>
        <source>the output must end in .safetensors, .npz, .params, .nd or .ndarray (.zip for a pre-zip MXFusion save)</source>
        <translation>输出文件必须以 .safetensors、.npz、.params、.nd 或 .ndarray 结尾（zip 之前的 MXFusion 保存文件为 .zip）</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="263"/>
        <source>%1 holds no tensors to convert (an MXNet symbol converts with its parameters: open the checkpoint&apos;s .params, or the symbol beside them)</source>
        <translation>%1 没有可转换的张量（MXNet 符号要与其参数一起转换：请打开检查点的 .params，或其旁边的符号文件）</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="268"/>
        <source>cannot convert %1 to .params: .npz, .npy, .safetensors and MXNet lists become .params; an MXFusion archive&apos;s values become .npz or .safetensors</source>
        <translation>无法将 %1 转换为 .params：.npz、.npy、.safetensors 和 MXNet 列表可转为 .params；MXFusion 归档的值可转为 .npz 或 .safetensors</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="273"/>
        <source>the tensors are not indexed</source>
        <translation>张量尚未建立索引</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="288"/>
        <source>two tensors would both be stored as &quot;%1&quot; (%2/%3 and %4/%5); use --names readable</source>
        <translation>两个张量都会被存储为 &quot;%1&quot;（%2/%3 和 %4/%5）；请使用 --names readable</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="301"/>
        <source>%1 (%2) is %3: safetensors has no complex type</source>
        <translation>%1（%2）是 %3：safetensors 没有复数类型</translation>
    </message>
    <message>
        <location filename="../core/export/convert.cpp" line="348"/>
        <source>%1 changed its key, dtype or shape</source>
        <translation>%1 的键、数据类型或形状改变了</translation>
    </message>
</context>
<context>
    <name>DiffReport</name>
    <message>
        <location filename="../cli/diffreport.cpp" line="102"/>
        <source>A: %1
B: %2
</source>
        <translation>A：%1
B：%2
</translation>
    </message>
    <message>
        <location filename="../cli/diffreport.cpp" line="104"/>
        <source>(fresh UUIDs: components paired by assisted matching)
</source>
        <translation>（全新的 UUID：组件由辅助匹配配对）
</translation>
    </message>
    <message>
        <location filename="../cli/diffreport.cpp" line="105"/>
        <source>%1 same, %2 added, %3 removed, %4 changed
</source>
        <translation>%1 个相同，%2 个新增，%3 个删除，%4 个更改
</translation>
    </message>
    <message>
        <location filename="../cli/diffreport.cpp" line="130"/>
        <source>: max |a-b| %1, relative %2, cosine %3</source>
        <translation>：最大 |a-b| %1，相对 %2，余弦 %3</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/export/archiveexporter.cpp" line="90"/>
        <source>--rename: no component has the UUID %1</source>
        <translation>--rename：没有组件的 UUID 为 %1</translation>
    </message>
    <message>
        <location filename="../core/export/archiveexporter.cpp" line="120"/>
        <source>expected an object of UUID to number</source>
        <translation>应为从 UUID 到数字的对象</translation>
    </message>
    <message>
        <location filename="../core/export/archiveexporter.cpp" line="126"/>
        <source>no variable constant has the UUID %1</source>
        <translation>没有 UUID 为 %1 的变量常量</translation>
    </message>
    <message>
        <location filename="../core/export/archiveexporter.cpp" line="175"/>
        <source>only MXFusion archives can be exported</source>
        <translation>只有 MXFusion 归档可以导出</translation>
    </message>
    <message>
        <location filename="../core/export/archiveexporter.cpp" line="207"/>
        <source>--drop: no tensor has the key %1</source>
        <translation>--drop：没有键为 %1 的张量</translation>
    </message>
    <message>
        <location filename="../core/export/archiveexporter.cpp" line="212"/>
        <source>no tensor has the key %1 to replace</source>
        <translation>没有键为 %1 的张量可替换</translation>
    </message>
    <message>
        <location filename="../core/export/archiveexporter.cpp" line="264"/>
        <source>the written archive does not read back: %1</source>
        <translation>写入的归档无法读回：%1</translation>
    </message>
    <message>
        <location filename="../core/export/archiveexporter.cpp" line="267"/>
        <source>not a zip</source>
        <translation>不是 zip</translation>
    </message>
    <message>
        <location filename="../core/export/archiveexporter.cpp" line="278"/>
        <source>unexpected entry %1</source>
        <translation>意外的条目 %1</translation>
    </message>
    <message>
        <location filename="../core/export/archiveexporter.cpp" line="285"/>
        <location filename="../core/export/archiveexporter.cpp" line="293"/>
        <source>%1 differs from the source</source>
        <translation>%1 与源文件不同</translation>
    </message>
    <message>
        <location filename="../core/export/archiveexporter.cpp" line="299"/>
        <source>CRC-32 mismatch: the directory says %1, the data gives %2</source>
        <translation>CRC-32 不匹配：目录记录为 %1，数据计算得 %2</translation>
    </message>
    <message>
        <location filename="../core/export/archiveexporter.cpp" line="311"/>
        <source>%1; the entry is corrupt in the file opened, nothing was written</source>
        <translation>%1；该条目在打开的文件中已损坏，未写入任何内容</translation>
    </message>
    <message>
        <location filename="../core/export/archiveexporter.cpp" line="334"/>
        <source>%1 tensors instead of %2</source>
        <translation>%1 个张量，而不是 %2 个</translation>
    </message>
</context>
<context>
    <name>FileDiff</name>
    <message>
        <location filename="../core/diff/filediff.cpp" line="80"/>
        <source>unreadable in %1</source>
        <translation>在 %1 中无法读取</translation>
    </message>
    <message>
        <location filename="../core/diff/filediff.cpp" line="84"/>
        <source>%1 %2 -&gt; %3 %4</source>
        <translation>%1 %2 -&gt; %3 %4</translation>
    </message>
    <message>
        <location filename="../core/diff/filediff.cpp" line="181"/>
        <source>name: %1 -&gt; %2</source>
        <translation>名称：%1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/diff/filediff.cpp" line="185"/>
        <source>type: %1 -&gt; %2</source>
        <translation>类型：%1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>FileIdentity</name>
    <message>
        <location filename="../core/common/fileidentity.cpp" line="50"/>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <location filename="../core/common/fileidentity.cpp" line="52"/>
        <source>inode %1, %2 bytes, modified %3</source>
        <translation>inode %1，%2 字节，修改于 %3</translation>
    </message>
    <message>
        <location filename="../core/common/fileidentity.cpp" line="65"/>
        <location filename="../core/common/fileidentity.cpp" line="93"/>
        <source>cannot examine the file: %1</source>
        <translation>无法检查文件：%1</translation>
    </message>
    <message>
        <location filename="../core/common/fileidentity.cpp" line="84"/>
        <source>changed on disk since it was opened: %1</source>
        <translation>自打开以来已在磁盘上更改：%1</translation>
    </message>
    <message>
        <location filename="../core/common/fileidentity.cpp" line="90"/>
        <source>it was deleted or renamed</source>
        <translation>它已被删除或重命名</translation>
    </message>
    <message>
        <location filename="../core/common/fileidentity.cpp" line="97"/>
        <source>the path now names another file (replaced or renamed over)</source>
        <translation>该路径现在指向另一个文件（被替换或被重命名覆盖）</translation>
    </message>
    <message>
        <location filename="../core/common/fileidentity.cpp" line="99"/>
        <source>its size went from %1 to %2 bytes</source>
        <translation>它的大小从 %1 字节变为 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/common/fileidentity.cpp" line="102"/>
        <source>it was written to (modified %1, was %2)</source>
        <translation>它被写入过（修改于 %1，原为 %2）</translation>
    </message>
</context>
<context>
    <name>FileReport</name>
    <message>
        <location filename="../cli/filereporttext.cpp" line="42"/>
        <source>, serialization %1</source>
        <translation>，序列化版本 %1</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="48"/>
        <source>Entries (%1):
</source>
        <translation>条目（%1）：
</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="61"/>
        <source>Graphs (%1):
</source>
        <translation>计算图（%1）：
</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="64"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="64"/>
        <source>posterior %1</source>
        <translation>后验 %1</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="65"/>
        <source>  [%1] %2%3: %4 nodes, %5 edges
</source>
        <translation>  [%1] %2%3：%4 个节点，%5 条边
</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="72"/>
        <source>      module %1 (%2), %3 internal graphs
</source>
        <translation>      模块 %1（%2），%3 个内部计算图
</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="81"/>
        <source>Symbol: %1</source>
        <translation>符号：%1</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="83"/>
        <source> (MXNet %1)</source>
        <translation>（MXNet %1）</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="87"/>
        <source>Parameters: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="92"/>
        <source> (epoch %1 of %2)</source>
        <translation>（第 %1 轮，共 %2 轮）</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="94"/>
        <source> (epoch %1)</source>
        <translation>（第 %1 轮）</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="108"/>
        <source>Graph: %1 operators, %2 nodes, %3 edges, heads: %4
</source>
        <translation>计算图：%1 个算子，%2 个节点，%3 条边，输出：%4
</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="116"/>
        <source>Metadata (%1):
</source>
        <translation>元数据（%1）：
</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="121"/>
        <source>Tensors (%1):
</source>
        <translation>张量（%1）：
</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="132"/>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="138"/>
        <source>  min %1 max %2 mean %3</source>
        <translation>  最小 %1 最大 %2 均值 %3</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="140"/>
        <source>  NaN %1 Inf %2</source>
        <translation>  NaN %1 Inf %2</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="145"/>
        <source>Variable constants (%1):
</source>
        <translation>变量常量（%1）：
</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="156"/>
        <source>Observed: %1
</source>
        <translation>已观测：%1
</translation>
    </message>
    <message>
        <location filename="../cli/filereporttext.cpp" line="158"/>
        <source>Problems (%1):
</source>
        <translation>问题（%1）：
</translation>
    </message>
</context>
<context>
    <name>GraphsJson</name>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="45"/>
        <source>%1: expected %2</source>
        <translation>%1：应为 %2</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="55"/>
        <source>a component object with a string &quot;uuid&quot;</source>
        <translation>带有字符串 &quot;uuid&quot; 的组件对象</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="62"/>
        <source>component %1 has no &quot;%2&quot; key; MXFusion&apos;s decoder raises KeyError</source>
        <translation>组件 %1 没有 &quot;%2&quot; 键；MXFusion 的解码器会抛出 KeyError</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="71"/>
        <source>&quot;name&quot; to be a string or null</source>
        <translation>&quot;name&quot; 为字符串或 null</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="76"/>
        <source>&quot;attributes&quot; to be a list of UUIDs</source>
        <translation>&quot;attributes&quot; 为 UUID 列表</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="80"/>
        <source>&quot;attributes&quot; to be a list of UUID strings</source>
        <translation>&quot;attributes&quot; 为 UUID 字符串列表</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="95"/>
        <source>component %1 has version &quot;%2&quot;; MXFusion 0.3 only loads &quot;1.0&quot; (SerializationError)</source>
        <translation>组件 %1 的版本为 &quot;%2&quot;；MXFusion 0.3 只能加载 &quot;1.0&quot;（SerializationError）</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="105"/>
        <source>&quot;graphs&quot; of module %1 to be a list</source>
        <translation>模块 %1 的 &quot;graphs&quot; 为列表</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="109"/>
        <source>%1, module %2, graph %3</source>
        <translation>%1，模块 %2，计算图 %3</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="121"/>
        <source>a graph object</source>
        <translation>计算图对象</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="125"/>
        <source>%1 has no &quot;name&quot; key; MXFusion raises KeyError</source>
        <translation>%1 没有 &quot;name&quot; 键；MXFusion 会抛出 KeyError</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="131"/>
        <source>%1 is not a multigraph; MXFusion&apos;s neighbour lookups fail on it</source>
        <translation>%1 不是多重图；MXFusion 的邻居查找会在其上失败</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="135"/>
        <source>a &quot;nodes&quot; list</source>
        <translation>&quot;nodes&quot; 列表</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="139"/>
        <source>%1, node %2</source>
        <translation>%1，节点 %2</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="141"/>
        <source>an object with &quot;id&quot;</source>
        <translation>带有 &quot;id&quot; 的对象</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="147"/>
        <source>%1 lists component %2 twice</source>
        <translation>%1 两次列出组件 %2</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="157"/>
        <source>a &quot;links&quot; (or &quot;edges&quot;) list</source>
        <translation>&quot;links&quot;（或 &quot;edges&quot;）列表</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="163"/>
        <source>%1, link %2</source>
        <translation>%1，连接 %2</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="165"/>
        <source>an object with &quot;source&quot; and &quot;target&quot;</source>
        <translation>带有 &quot;source&quot; 和 &quot;target&quot; 的对象</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="175"/>
        <source>%1: the %2 is a bare UUID, not a component object; MXFusion needs full copies</source>
        <translation>%1：%2 是裸 UUID，而不是组件对象；MXFusion 需要完整副本</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="185"/>
        <source>%1: the copy of %2 differs from the node list&apos;s</source>
        <translation>%1：%2 的副本与节点列表中的不同</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="192"/>
        <source>&quot;%1&quot; to be a component object</source>
        <translation>&quot;%1&quot; 为组件对象</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="196"/>
        <source>%1: the %2 %3 is not in the graph&apos;s node list (networkx would add an empty phantom node)</source>
        <translation>%1：%2 %3 不在该计算图的节点列表中（networkx 会添加一个空的虚节点）</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="208"/>
        <source>%1 has no &quot;name&quot;; MXFusion&apos;s traversal raises KeyError</source>
        <translation>%1 没有 &quot;name&quot;；MXFusion 的遍历会抛出 KeyError</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="220"/>
        <source>%1: component %2 has attribute %3, which is not a node of the same graph (KeyError in MXFusion)</source>
        <translation>%1：组件 %2 有属性 %3，但它不是同一计算图的节点（MXFusion 中会出现 KeyError）</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="244"/>
        <source>expected a list of graphs, found %1</source>
        <translation>应为计算图列表，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/graphsjson.cpp" line="250"/>
        <source>graph %1</source>
        <translation>计算图 %1</translation>
    </message>
</context>
<context>
    <name>Inflate</name>
    <message>
        <location filename="../core/archive/inflate.cpp" line="81"/>
        <source>declared size %1 is not possible</source>
        <translation>声明的大小 %1 不可能</translation>
    </message>
    <message>
        <location filename="../core/archive/inflate.cpp" line="87"/>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../core/archive/inflate.cpp" line="98"/>
        <source>the data inflates to more than the declared %1 bytes</source>
        <translation>数据解压后超过了声明的 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/archive/inflate.cpp" line="103"/>
        <source>the compressed data is corrupt (deflate)</source>
        <translation>压缩数据已损坏（deflate）</translation>
    </message>
    <message>
        <location filename="../core/archive/inflate.cpp" line="106"/>
        <source>the data inflates to %1 bytes, the directory declares %2</source>
        <translation>数据解压后为 %1 字节，目录声明为 %2</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <location filename="../core/formats/json/safejson.cpp" line="55"/>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON 嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../core/formats/json/safejson.cpp" line="93"/>
        <source>JSON of %1 bytes is larger than the limit of %2</source>
        <translation>%1 字节的 JSON 超过了 %2 的上限</translation>
    </message>
    <message>
        <location filename="../core/formats/json/safejson.cpp" line="114"/>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <location filename="../core/layout/graphvizlayout.cpp" line="76"/>
        <source>Graphviz could not start</source>
        <translation>Graphviz 无法启动</translation>
    </message>
    <message>
        <location filename="../core/layout/graphvizlayout.cpp" line="153"/>
        <source>Graphviz dot failed to lay out the graph</source>
        <translation>Graphviz dot 未能完成计算图布局</translation>
    </message>
    <message>
        <location filename="../core/layout/layoutbuilder.cpp" line="85"/>
        <source>module %1</source>
        <translation>模块 %1</translation>
    </message>
    <message>
        <location filename="../core/layout/layoutbuilder.cpp" line="94"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../core/layout/layoutbuilder.cpp" line="95"/>
        <source>posterior</source>
        <translation>后验</translation>
    </message>
</context>
<context>
    <name>LegacySave</name>
    <message>
        <location filename="../core/formats/mxfusion/legacysave.cpp" line="78"/>
        <source>expected a node-link graph object</source>
        <translation>应为 node-link 计算图对象</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <location filename="../core/reconcile/mapping.cpp" line="39"/>
        <source>the mapping file is larger than %1 bytes</source>
        <translation>映射文件超过 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/reconcile/mapping.cpp" line="45"/>
        <source>not an mxlens mapping file (expected &quot;format&quot;: &quot;mxlens-mapping&quot;)</source>
        <translation>不是 mxlens 映射文件（应为 &quot;format&quot;: &quot;mxlens-mapping&quot;）</translation>
    </message>
    <message>
        <location filename="../core/reconcile/mapping.cpp" line="49"/>
        <source>&quot;version&quot; must be a positive integer</source>
        <translation>&quot;version&quot; 必须是正整数</translation>
    </message>
    <message>
        <location filename="../core/reconcile/mapping.cpp" line="52"/>
        <source>mapping format version %1 is newer than this mxlens reads (%2)</source>
        <translation>映射格式版本 %1 比此 mxlens 能读取的版本（%2）更新</translation>
    </message>
    <message>
        <location filename="../core/reconcile/mapping.cpp" line="67"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; 必须是列表</translation>
    </message>
    <message>
        <location filename="../core/reconcile/mapping.cpp" line="70"/>
        <source>&quot;%1&quot; has more than %2 items</source>
        <translation>&quot;%1&quot; 的项数超过 %2</translation>
    </message>
    <message>
        <location filename="../core/reconcile/mapping.cpp" line="79"/>
        <source>%1[%2] needs &quot;saved&quot; and &quot;current&quot; UUID strings</source>
        <translation>%1[%2] 需要 &quot;saved&quot; 和 &quot;current&quot; 两个 UUID 字符串</translation>
    </message>
    <message>
        <location filename="../core/reconcile/mapping.cpp" line="86"/>
        <source>pairs[%1].locked must be true or false</source>
        <translation>pairs[%1].locked 必须为 true 或 false</translation>
    </message>
</context>
<context>
    <name>MxNet</name>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="53"/>
        <source>expected %1 (%2 bytes) but only %3 bytes remain</source>
        <translation>应为 %1（%2 字节），但只剩 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="98"/>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="103"/>
        <source>the number of dimensions of %1</source>
        <translation>%1 的维数</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="110"/>
        <source>%1 has %2 dimensions; expected 0 to %3</source>
        <translation>%1 有 %2 个维度；应为 0 到 %3</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="117"/>
        <source>%1 dimensions of %2</source>
        <translation>%2 的 %1 个维度</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="131"/>
        <source>dimension %1 of %2 is %3; expected a size of 0 or more</source>
        <translation>%2 的第 %1 维为 %3；应为 0 或更大的大小</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="145"/>
        <source>the type flag of %1</source>
        <translation>%1 的类型标志</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="151"/>
        <source>unknown type flag %1 for %2; expected 0 to 12</source>
        <translation>%2 的类型标志 %1 未知；应为 0 到 12</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="164"/>
        <source>the shape %1 of %2 (%3) overflows 64-bit byte counts</source>
        <translation>%2 的形状 %1（%3）超出了 64 位字节计数</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="170"/>
        <source>the values of %1, shape %2 of %3</source>
        <translation>%1 的值，形状 %2，类型 %3</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="183"/>
        <source>the storage type of %1</source>
        <translation>%1 的存储类型</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="188"/>
        <source>unknown storage type %1 for %2; expected 0 (default), 1 (row_sparse) or 2 (csr)</source>
        <translation>%2 的存储类型 %1 未知；应为 0（default）、1（row_sparse）或 2（csr）</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="198"/>
        <source>the storage shape</source>
        <translation>存储形状</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="204"/>
        <source>the shape of %1</source>
        <translation>%1 的形状</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="213"/>
        <source>the device type of %1</source>
        <translation>%1 的设备类型</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="216"/>
        <source>the device id of %1</source>
        <translation>%1 的设备编号</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="227"/>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="247"/>
        <source>index array %1 of %2</source>
        <translation>%2 的索引数组 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="259"/>
        <location filename="../core/formats/mxnet/ndarraywriter.cpp" line="32"/>
        <source>array %1</source>
        <translation>数组 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="262"/>
        <source>the start of %1</source>
        <translation>%1 的开头</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="287"/>
        <source>the number of names</source>
        <translation>名称的数量</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="292"/>
        <source>the file holds %1 arrays but %2 names; expected 0 or %1</source>
        <translation>文件含有 %1 个数组但有 %2 个名称；应为 0 或 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="303"/>
        <source>the length of a name</source>
        <translation>名称的长度</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="308"/>
        <source>a name of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>%1 字节的名称超过了 %2 字节的上限</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="313"/>
        <source>a name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="321"/>
        <source>the name at byte %1 is not valid UTF-8</source>
        <translation>第 %1 字节处的名称不是有效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="333"/>
        <source>the name &quot;%1&quot; appears more than once; MXNet keeps the last array</source>
        <translation>名称 &quot;%1&quot; 出现了不止一次；MXNet 保留最后一个数组</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="388"/>
        <source>the NDArray list magic</source>
        <translation>NDArray 列表的魔数</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="393"/>
        <source>not an MXNet NDArray list: the file starts with 0x%1, expected 0x112 (bytes 12 01 00 00 00 00 00 00)</source>
        <translation>不是 MXNet NDArray 列表：文件以 0x%1 开头，应为 0x112（字节 12 01 00 00 00 00 00 00）</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="398"/>
        <source>the reserved header word</source>
        <translation>保留的文件头字</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="405"/>
        <source>the reserved header word is %1; MXNet writes 0 and ignores it</source>
        <translation>保留的文件头字为 %1；MXNet 写入 0 并忽略它</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="409"/>
        <source>the number of arrays</source>
        <translation>数组的数量</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="416"/>
        <source>the header declares %1 arrays; at most %2 fit in the %3 bytes that follow (limit %4)</source>
        <translation>文件头声明了 %1 个数组；其后的 %3 字节最多能容纳 %2 个（上限 %4）</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarrayfile.cpp" line="437"/>
        <source>%1 bytes follow the last name; MXNet ignores them</source>
        <translation>最后一个名称之后还有 %1 字节；MXNet 会忽略它们</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="71"/>
        <source>%1 array %2: %3</source>
        <translation>%1 数组 %2：%3</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="80"/>
        <source>V3 records are dense only; MXNet refuses sparse arrays in them</source>
        <translation>V3 记录只能是稠密的；MXNet 不接受其中的稀疏数组</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="83"/>
        <source>expected %1 index arrays, found %2</source>
        <translation>应为 %1 个索引数组，实际为 %2 个</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="86"/>
        <source>an index array has type %1; expected an integer type</source>
        <translation>索引数组的类型为 %1；应为整数类型</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="90"/>
        <source>an index array lies outside the file</source>
        <translation>索引数组位于文件之外</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="94"/>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="208"/>
        <source>the values lie outside the file</source>
        <translation>值位于文件之外</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="100"/>
        <source>storage shape %1 does not fit shape %2; expected (rows, %3)</source>
        <translation>存储形状 %1 与形状 %2 不符；应为 (rows, %3)</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="104"/>
        <source>the row indices have shape %1; expected (%2,)</source>
        <translation>行索引的形状为 %1；应为 (%2,)</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="110"/>
        <source>shape %1 with storage shape %2; csr needs a 2-d shape and a 1-d storage shape</source>
        <translation>形状 %1，存储形状 %2；csr 需要二维形状和一维存储形状</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="113"/>
        <source>indptr has shape %1; expected (%2,)</source>
        <translation>indptr 的形状为 %1；应为 (%2,)</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="117"/>
        <source>the column indices have shape %1; expected (%2,)</source>
        <translation>列索引的形状为 %1；应为 (%2,)</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="131"/>
        <source>row index %1 is %2; expected strictly increasing rows in [0, %3)</source>
        <translation>行索引 %1 为 %2；行号应严格递增且在 [0, %3) 内</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="151"/>
        <source>indptr[%1] is %2; expected 0 first, never decreasing, at most %3</source>
        <translation>indptr[%1] 为 %2；应以 0 开头、从不递减、最大为 %3</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="158"/>
        <source>indptr ends at %1; expected nnz = %2</source>
        <translation>indptr 结束于 %1；应为 nnz = %2</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="163"/>
        <source>column index %1 is %2; expected [0, %3)</source>
        <translation>列索引 %1 为 %2；应在 [0, %3) 内</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="194"/>
        <source>the array &quot;%1&quot; is a placeholder (none) and holds no values</source>
        <translation>数组 &quot;%1&quot; 是占位符（none），不含任何值</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="204"/>
        <source>the shape %1 overflows 64-bit byte counts</source>
        <translation>形状 %1 超出了 64 位字节计数</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraysparse.cpp" line="217"/>
        <source>the dense form of %1 would take %2 bytes; the limit is %3</source>
        <translation>%1 的稠密形式将占用 %2 字节；上限为 %3</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraywriter.cpp" line="35"/>
        <source>%1: MXNet has no type flag for %2</source>
        <translation>%1：MXNet 没有 %2 的类型标志</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraywriter.cpp" line="39"/>
        <source>%1: the shape %2 is negative or overflows</source>
        <translation>%1：形状 %2 为负或溢出</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraywriter.cpp" line="41"/>
        <source>%1: shape %2 of %3 needs %4 bytes, got %5</source>
        <translation>%1：类型为 %3 的形状 %2 需要 %4 字节，实际为 %5</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraywriter.cpp" line="46"/>
        <source>%1: too many dimensions</source>
        <translation>%1：维度过多</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraywriter.cpp" line="106"/>
        <source>the array &quot;%1&quot; is a placeholder (none); MXNet cannot write it</source>
        <translation>数组 &quot;%1&quot; 是占位符（none）；MXNet 无法写入它</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/ndarraywriter.cpp" line="116"/>
        <source>the densified sparse arrays would take more than %1 bytes</source>
        <translation>稠密化后的稀疏数组将超过 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="56"/>
        <source>%1 is %2; expected [node, output] or [node, output, version]</source>
        <translation>%1 为 %2；应为 [node, output] 或 [node, output, version]</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="65"/>
        <source>%1 is %2; expected non-negative integers</source>
        <translation>%1 为 %2；应为非负整数</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="76"/>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="91"/>
        <source>%1 is %2; expected an array</source>
        <translation>%1 为 %2；应为数组</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="80"/>
        <source>%1[%2]</source>
        <translation>%1[%2]</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="97"/>
        <source>%1 holds %2; expected non-negative integers</source>
        <translation>%1 含有 %2；应为非负整数</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="109"/>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="127"/>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="195"/>
        <source>%1 is %2; expected an object</source>
        <translation>%1 为 %2；应为对象</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="113"/>
        <source>%1[&quot;%2&quot;] is %3; attribute values are strings</source>
        <translation>%1[&quot;%2&quot;] 为 %3；属性值应为字符串</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="132"/>
        <source>%1 needs string &quot;op&quot; and &quot;name&quot; members</source>
        <translation>%1 需要字符串成员 &quot;op&quot; 和 &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="135"/>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1（&quot;%2&quot;）</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="148"/>
        <source>%1 input</source>
        <translation>%1 的输入</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="154"/>
        <source>%1 control_deps</source>
        <translation>%1 的 control_deps</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="161"/>
        <source>%1 subgraphs is not an array</source>
        <translation>%1 的 subgraphs 不是数组</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="163"/>
        <source>%1 subgraph %2</source>
        <translation>%1 的子图 %2</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="176"/>
        <source>the graph &quot;attrs&quot; is %1; expected an object</source>
        <translation>计算图的 &quot;attrs&quot; 为 %1；应为对象</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="179"/>
        <source>graph attribute &quot;%1&quot; is %2; expected [type, value]</source>
        <translation>计算图属性 &quot;%1&quot; 为 %2；应为 [type, value]</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="199"/>
        <source>%1 has no &quot;%2&quot; member</source>
        <translation>%1 没有 &quot;%2&quot; 成员</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="203"/>
        <source>%1 &quot;nodes&quot; is not an array</source>
        <translation>%1 的 &quot;nodes&quot; 不是数组</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="207"/>
        <source>the graph has more than %1 nodes, the limit</source>
        <translation>计算图的节点数超过了上限 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="213"/>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="213"/>
        <source>%1 node %2</source>
        <translation>%1 节点 %2</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="219"/>
        <source>%1 arg_nodes</source>
        <translation>%1 的 arg_nodes</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="224"/>
        <source>%1 node_row_ptr</source>
        <translation>%1 的 node_row_ptr</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolread.cpp" line="229"/>
        <source>%1 head</source>
        <translation>%1 的 head</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="38"/>
        <source>%1 refers to node %2; the graph has %3 nodes (0 to %4)</source>
        <translation>%1 引用了节点 %2；计算图有 %3 个节点（0 到 %4）</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="50"/>
        <source>%1 uses output %2 of node %3 (&quot;%4&quot;), which has %5 outputs</source>
        <translation>%1 使用了节点 %3（&quot;%4&quot;）的输出 %2，而该节点只有 %5 个输出</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="85"/>
        <source>%1node %2 (&quot;%3&quot;) depends on itself through a cycle</source>
        <translation>%1节点 %2（&quot;%3&quot;）通过环依赖于自身</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="211"/>
        <source>%1node_row_ptr does not match the %2 nodes; it is ignored</source>
        <translation>%1node_row_ptr 与 %2 个节点不符；已忽略</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="218"/>
        <source>%1node %2 (&quot;%3&quot;)</source>
        <translation>%1节点 %2（&quot;%3&quot;）</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="220"/>
        <source>%1 input %2</source>
        <translation>%1 的输入 %2</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="227"/>
        <source>%1 has a control dependency on node %2, outside the graph</source>
        <translation>%1 对计算图之外的节点 %2 有控制依赖</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="234"/>
        <source>%1 subgraph %2: </source>
        <translation>%1 的子图 %2：</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="242"/>
        <source>%1arg_nodes refers to node %2; the graph has %3 nodes</source>
        <translation>%1arg_nodes 引用了节点 %2；计算图有 %3 个节点</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="249"/>
        <source>%1arg_nodes lists node %2 (&quot;%3&quot;), an operator, not a variable</source>
        <translation>%1arg_nodes 列出了节点 %2（&quot;%3&quot;），它是算子，而不是变量</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="255"/>
        <source>%1head %2</source>
        <translation>%1head %2</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="267"/>
        <source>%1 pre-1.0 hidden attributes (lr_mult, ctx_group, ...) were read as __key__, as MXNet does</source>
        <translation>%1 个 1.0 之前的隐藏属性（lr_mult、ctx_group 等）按 MXNet 的方式读作 __key__</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="278"/>
        <source>the file predates MXNet 0.9 and stores no auxiliary states; added %1, as MXNet&apos;s upgrade does</source>
        <translation>该文件早于 MXNet 0.9，没有保存辅助状态；已按 MXNet 升级的做法添加 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="293"/>
        <source>%1node %2 (&quot;%3&quot;): %4 = &quot;%5&quot; cannot be parsed</source>
        <translation>%1节点 %2（&quot;%3&quot;）：%4 = &quot;%5&quot; 无法解析</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolupgrade.cpp" line="300"/>
        <source>%1node %2 subgraph %3: </source>
        <translation>%1节点 %2 的子图 %3：</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolwrite.cpp" line="284"/>
        <source>the graph refers to nodes outside itself and cannot be written</source>
        <translation>计算图引用了其外部的节点，无法写入</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolwrite.cpp" line="290"/>
        <source>a graph attribute holds a non-finite number, which JSON cannot hold</source>
        <translation>某个计算图属性含有非有限数值，JSON 无法表示</translation>
    </message>
    <message>
        <location filename="../core/formats/mxnet/symbolwrite.cpp" line="293"/>
        <source>&quot;%1&quot; holds a control character; MXNet&apos;s JSON reader accepts only \n, \t and \r escapes</source>
        <translation>&quot;%1&quot; 含有控制字符；MXNet 的 JSON 读取器只接受 \n、\t 和 \r 转义</translation>
    </message>
</context>
<context>
    <name>MxfusionArchive</name>
    <message>
        <location filename="../core/formats/mxfusion/mxfusionarchive.cpp" line="37"/>
        <location filename="../core/formats/mxfusion/mxfusionarchive.cpp" line="201"/>
        <source>the archive has no %1; MXFusion&apos;s load raises KeyError</source>
        <translation>归档中没有 %1；MXFusion 的 load 会抛出 KeyError</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/mxfusionarchive.cpp" line="72"/>
        <source>version.json has no &quot;serialization_version&quot; string</source>
        <translation>version.json 中没有 &quot;serialization_version&quot; 字符串</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/mxfusionarchive.cpp" line="80"/>
        <source>serialization version &quot;%1&quot;; MXFusion 0.3 loads only &quot;2.0&quot; (SerializationError)</source>
        <translation>序列化版本 &quot;%1&quot;；MXFusion 0.3 只能加载 &quot;2.0&quot;（SerializationError）</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/mxfusionarchive.cpp" line="96"/>
        <source>expected an object of UUID to number</source>
        <translation>应为从 UUID 到数字的对象</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/mxfusionarchive.cpp" line="105"/>
        <source>the constant %1 is %2, not a number</source>
        <translation>常量 %1 为 %2，不是数字</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/mxfusionarchive.cpp" line="128"/>
        <source>expected {&quot;observed&quot;: [UUID, ...]}</source>
        <translation>应为 {&quot;observed&quot;: [UUID, ...]}</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/mxfusionarchive.cpp" line="137"/>
        <source>&quot;observed&quot; holds %1, not a UUID string</source>
        <translation>&quot;observed&quot; 含有 %1，而不是 UUID 字符串</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/mxfusionarchive.cpp" line="162"/>
        <source>the archive has no graphs.json, so it holds no MXFusion model</source>
        <translation>归档中没有 graphs.json，因此不含 MXFusion 模型</translation>
    </message>
    <message>
        <location filename="../core/formats/mxfusion/mxfusionarchive.cpp" line="183"/>
        <source>extra entry %1, which MXFusion ignores</source>
        <translation>多余的条目 %1，MXFusion 会忽略它</translation>
    </message>
</context>
<context>
    <name>MxnetOpen</name>
    <message>
        <location filename="../core/formats/tensorentry.cpp" line="22"/>
        <source>no array %1 in the list</source>
        <translation>列表中没有数组 %1</translation>
    </message>
    <message>
        <location filename="../core/open/mxnetopen.cpp" line="96"/>
        <source>%1 is a placeholder (None) array with no values</source>
        <translation>%1 是没有值的占位符（None）数组</translation>
    </message>
    <message>
        <location filename="../core/open/mxnetopen.cpp" line="108"/>
        <source>%1 is stored as an argument (arg:) but the graph uses it as an auxiliary state; Module.load puts it in arg_params</source>
        <translation>%1 作为参数（arg:）存储，但计算图把它用作辅助状态；Module.load 会把它放入 arg_params</translation>
    </message>
    <message>
        <location filename="../core/open/mxnetopen.cpp" line="111"/>
        <source>%1 is stored as an auxiliary state (aux:) but the graph uses it as an argument</source>
        <translation>%1 作为辅助状态（aux:）存储，但计算图把它用作参数</translation>
    </message>
    <message>
        <location filename="../core/open/mxnetopen.cpp" line="118"/>
        <source>no variable of the symbol is named %1; MXNet ignores this parameter when it binds the graph (allow_extra_params) or refuses it</source>
        <translation>符号中没有名为 %1 的变量；MXNet 绑定计算图时会忽略此参数（allow_extra_params）或拒绝它</translation>
    </message>
    <message>
        <location filename="../core/open/mxnetopen.cpp" line="133"/>
        <source>the variable %1 has no value in %2: it must be an input, or it will be initialised afresh</source>
        <translation>变量 %1 在 %2 中没有值：它必须是输入，否则会被重新初始化</translation>
    </message>
    <message>
        <location filename="../core/open/mxnetopen.cpp" line="206"/>
        <source>no parameters for epoch %1 beside the symbol; the epochs found are %2</source>
        <translation>符号旁边没有第 %1 轮的参数；找到的轮次为 %2</translation>
    </message>
</context>
<context>
    <name>NamingPlan</name>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="102"/>
        <source>No set of names was found within %1 steps; transplant the values instead (export --onto CURRENT).</source>
        <translation>在 %1 步之内未找到一组可行的名称；请改为移植这些值（export --onto CURRENT）。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="274"/>
        <source>The Gluon parameters were renamed: saved %1 is now %2 (the block was re-created in the same Python session, so its layers were numbered on). MXFusion follows Gluon parameters by these names and the code cannot name them: transplant (export --onto CURRENT), which lines the layers up, or rebuild the block in a fresh session.</source>
        <translation>Gluon 参数被重命名了：保存时的 %1 现在是 %2（该块在同一个 Python 会话中被重新创建，所以其层的编号继续递增）。MXFusion 按这些名称跟踪 Gluon 参数，而代码无法为它们命名：请移植（export --onto CURRENT），它会对齐各层；或在新的会话中重建该块。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="281"/>
        <source>Saved %1 must be reached by name, but its counterpart, current %2, cannot be named in the code (a Gluon parameter, a factor or a module&apos;s internal component): transplant instead (export --onto CURRENT).</source>
        <translation>保存的 %1 必须通过名称找到，但它在当前模型中的对应项 %2 无法在代码中命名（Gluon 参数、因子或模块的内部组件）：请改为移植（export --onto CURRENT）。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="303"/>
        <source>MXFusion would pair saved %1 with current %2 in the posterior: the inference algorithm changed (e.g. SVI to MAP), so the saved posterior&apos;s values have no place in the current one. </source>
        <translation>MXFusion 会在后验中把保存的 %1 与当前的 %2 配对：推断算法变了（例如从 SVI 变为 MAP），所以保存的后验中的值在当前后验中没有位置。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="306"/>
        <source>MXFusion would pair saved %1 with current %2: a factor or distribution changed. </source>
        <translation>MXFusion 会把保存的 %1 与当前的 %2 配对：某个因子或分布变了。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="309"/>
        <source>Names cannot make different structures match: transplant the values that still fit (export --onto CURRENT), or rebuild the model as it was saved.</source>
        <translation>名称无法让不同的结构匹配：请移植仍然适用的值（export --onto CURRENT），或按保存时的样子重建模型。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="314"/>
        <source>MXFusion would pair saved %1 with current %2, which mxlens cannot confirm: pair it by hand (the Matching dock, or reconcile --mapping), or transplant.</source>
        <translation>MXFusion 会把保存的 %1 与当前的 %2 配对，但 mxlens 无法确认：请手动配对（“匹配”停靠窗口，或 reconcile --mapping），或者移植。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="322"/>
        <source>The saved value of %1 has no counterpart in the current model (the code dropped or changed what held it, e.g. a prior added or removed, or the value now belongs to a random variable), so MXFusion&apos;s install step raises KeyError whatever the names: transplant the values that fit (export --onto CURRENT), or rebuild the model as it was saved.</source>
        <translation>%1 的保存值在当前模型中没有对应项（代码删除或更改了持有它的东西，例如增加或删除了先验，或该值现在属于一个随机变量），因此无论名称如何，MXFusion 的安装步骤都会抛出 KeyError：请移植适用的值（export --onto CURRENT），或按保存时的样子重建模型。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="356"/>
        <source>The current model has %1 graphs, the saved archive %2: the inference algorithm (or its posterior) changed. No name changes the number of graphs: transplant the values that still fit (export --onto CURRENT), or rebuild the model as it was saved.</source>
        <translation>当前模型有 %1 个计算图，保存的归档有 %2 个：推断算法（或其后验）变了。任何名称都无法改变计算图的数量：请移植仍然适用的值（export --onto CURRENT），或按保存时的样子重建模型。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="381"/>
        <source>Saved %1 is generated by several factors (a prior attached twice): MXFusion cannot walk past it and the extra factor has no counterpart in the current model. Names cannot fix this: transplant (export --onto CURRENT), or rebuild.</source>
        <translation>保存的 %1 由多个因子生成（一个先验被附加了两次）：MXFusion 无法越过它，而多出的因子在当前模型中没有对应项。名称无法解决这个问题：请移植（export --onto CURRENT），或重建。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="386"/>
        <source>Saved %1 has several unnamed inputs over the edge &quot;%2&quot; and nothing tells which current one each is: pair them by hand (the Matching dock, or reconcile --mapping MAP.json), then --fix names them.</source>
        <translation>保存的 %1 在边 &quot;%2&quot; 上有多个未命名的输入，无法判断每个对应当前的哪一个：请手动配对（“匹配”停靠窗口，或 reconcile --mapping MAP.json），然后用 --fix 为它们命名。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="405"/>
        <source>The GP kernel changed: saved %1 has an input &quot;%2&quot; the current one lacks, so its kernel parameters have no counterpart. Names cannot fix that: transplant the values that still fit (export --onto CURRENT), or rebuild with the saved kernel.</source>
        <translation>GP 核函数变了：保存的 %1 有输入 &quot;%2&quot;，而当前的没有，所以其核参数没有对应项。名称无法解决这个问题：请移植仍然适用的值（export --onto CURRENT），或用保存时的核函数重建。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="413"/>
        <source>The structures differ at saved %1, edge &quot;%2&quot;: the current model has no counterpart of %3 (a factor, kernel or distribution changed, or a factor was added or dropped). Names cannot make MXFusion pair different structures: transplant the values that still fit (export --onto CURRENT), or rebuild the model as it was saved.</source>
        <translation>结构在保存的 %1 的边 &quot;%2&quot; 处不同：当前模型中没有 %3 的对应项（某个因子、核函数或分布变了，或增加或删除了某个因子）。名称无法让 MXFusion 配对不同的结构：请移植仍然适用的值（export --onto CURRENT），或按保存时的样子重建模型。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="419"/>
        <source>its input</source>
        <translation>它的输入</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="424"/>
        <location filename="../core/reconcile/namingplan.cpp" line="439"/>
        <source>MXFusion would raise %1 whatever the names; transplant instead (export --onto CURRENT).</source>
        <translation>无论名称如何，MXFusion 都会抛出 %1；请改为移植（export --onto CURRENT）。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="435"/>
        <source>MXFusion would raise %1: a parameter&apos;s shape or dtype changed. Names cannot fix that: transplant the values that fit (export --onto CURRENT).</source>
        <translation>MXFusion 会抛出 %1：某个参数的形状或数据类型变了。名称无法解决这个问题：请移植适用的值（export --onto CURRENT）。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/namingplan.cpp" line="499"/>
        <source>No name makes MXFusion reach the saved value of %1; transplant instead (export --onto CURRENT).</source>
        <translation>没有任何名称能让 MXFusion 找到 %1 的保存值；请改为移植（export --onto CURRENT）。</translation>
    </message>
    <message>
        <location filename="../core/reconcile/renaming.cpp" line="71"/>
        <source>the %1 feeding %2</source>
        <translation>输入到 %2 的 %1</translation>
    </message>
    <message>
        <location filename="../core/reconcile/renaming.cpp" line="73"/>
        <source>the output of %1</source>
        <translation>%1 的输出</translation>
    </message>
    <message>
        <location filename="../core/reconcile/renaming.cpp" line="80"/>
        <source>the %1 in the shape of %2</source>
        <translation>%2 形状中的 %1</translation>
    </message>
    <message>
        <location filename="../core/reconcile/renaming.cpp" line="82"/>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/reconcile/renaming.cpp" line="85"/>
        <source> (in the posterior)</source>
        <translation>（在后验中）</translation>
    </message>
</context>
<context>
    <name>Npy</name>
    <message>
        <location filename="../core/formats/npy/npyarray.cpp" line="20"/>
        <source>the shape %1 of %2 overflows 64-bit byte counts</source>
        <translation>%2 的形状 %1 超出了 64 位字节计数</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyarray.cpp" line="27"/>
        <source>the header declares shape %1 of %2, %3 bytes, but only %4 bytes of data follow</source>
        <translation>文件头声明了类型为 %2 的形状 %1，共 %3 字节，但其后只有 %4 字节的数据</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="169"/>
        <source>dtype &apos;%1&apos; is not supported: %2</source>
        <translation>不支持数据类型 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="173"/>
        <source>dtype &apos;%1&apos; is not a valid numpy dtype (numpy refuses it too)</source>
        <translation>数据类型 &apos;%1&apos; 不是有效的 numpy 数据类型（numpy 也拒绝它）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="191"/>
        <source>repeat-count and comma-separated dtype spellings are not supported</source>
        <translation>不支持带重复计数和逗号分隔的数据类型写法</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="198"/>
        <source>comma-separated (structured) dtypes are not supported</source>
        <translation>不支持逗号分隔的（结构化）数据类型</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="213"/>
        <source>only bool, integer, float16/32/64 and complex64/128 arrays are read</source>
        <translation>只读取 bool、整数、float16/32/64 和 complex64/128 数组</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="226"/>
        <source>object arrays hold pickled Python objects, which mxlens never unpickles</source>
        <translation>object 数组保存的是 pickle 过的 Python 对象，mxlens 从不反序列化它们</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="230"/>
        <source>datetime arrays are not supported</source>
        <translation>不支持 datetime 数组</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="238"/>
        <location filename="../core/formats/npy/npyheader.cpp" line="247"/>
        <source>string arrays are not numeric</source>
        <translation>字符串数组不是数值</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="240"/>
        <location filename="../core/formats/npy/npyheader.cpp" line="249"/>
        <source>void (raw record) arrays are not numeric</source>
        <translation>void（原始记录）数组不是数值</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="242"/>
        <location filename="../core/formats/npy/npyheader.cpp" line="257"/>
        <source>long double arrays are not supported</source>
        <translation>不支持 long double 数组</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="270"/>
        <location filename="../core/formats/npy/pyliteral.cpp" line="54"/>
        <source>bad npy header (numpy refuses it too): %1</source>
        <translation>错误的 npy 文件头（numpy 也拒绝它）：%1</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="273"/>
        <source>the header is not a dict</source>
        <translation>文件头不是字典</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="285"/>
        <source>unexpected key %1 (expected exactly &apos;descr&apos;, &apos;fortran_order&apos; and &apos;shape&apos;)</source>
        <translation>意外的键 %1（应恰好为 &apos;descr&apos;、&apos;fortran_order&apos; 和 &apos;shape&apos;）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="288"/>
        <source>that is not a str</source>
        <translation>那不是 str</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="292"/>
        <source>missing key &apos;%1&apos; (expected exactly &apos;descr&apos;, &apos;fortran_order&apos; and &apos;shape&apos;)</source>
        <translation>缺少键 &apos;%1&apos;（应恰好为 &apos;descr&apos;、&apos;fortran_order&apos; 和 &apos;shape&apos;）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="296"/>
        <source>&apos;shape&apos; must be a tuple of integers such as (3,) or (2, 3); (3) is the integer 3</source>
        <translation>&apos;shape&apos; 必须是整数元组，如 (3,) 或 (2, 3)；(3) 是整数 3</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="302"/>
        <source>&apos;shape&apos; must hold only integers</source>
        <translation>&apos;shape&apos; 只能包含整数</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="304"/>
        <source>a dimension does not fit in 64 bits</source>
        <translation>某个维度超出了 64 位</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="308"/>
        <source>bad npy header: negative dimension %1 (np.load of a .npy file infers a single negative dimension from the size of the data, as reshape does; mxlens refuses it, as np.load does inside an npz)</source>
        <translation>错误的 npy 文件头：负的维度 %1（对 .npy 文件，np.load 会像 reshape 那样根据数据大小推断单个负维度；mxlens 拒绝它，就像 np.load 在 npz 中所做的那样）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="316"/>
        <source>%1 dimensions, more than numpy&apos;s limit of %2</source>
        <translation>%1 个维度，超过了 numpy 的上限 %2</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="319"/>
        <source>&apos;fortran_order&apos; must be True or False</source>
        <translation>&apos;fortran_order&apos; 必须为 True 或 False</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="321"/>
        <source>structured (record) dtypes are not supported</source>
        <translation>不支持结构化（记录）数据类型</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="325"/>
        <source>sub-array dtypes (a (dtype, shape) tuple) are not supported</source>
        <translation>不支持子数组数据类型（(dtype, shape) 元组）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="328"/>
        <source>&apos;descr&apos; must be a dtype string such as &apos;&lt;f4&apos;</source>
        <translation>&apos;descr&apos; 必须是数据类型字符串，如 &apos;&lt;f4&apos;</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="343"/>
        <source>the shape %1 of %2 overflows 64-bit byte counts (its item size times its non-zero dimensions; numpy refuses it too)</source>
        <translation>%2 的形状 %1 超出了 64 位字节计数（元素大小乘以其非零维度；numpy 也拒绝它）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="361"/>
        <source>not an npy array (expected the magic \x93NUMPY)</source>
        <translation>不是 npy 数组（应以魔数 \x93NUMPY 开头）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="364"/>
        <location filename="../core/formats/npy/npyheader.cpp" line="382"/>
        <source>truncated npy header</source>
        <translation>npy 文件头被截断</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="370"/>
        <source>npy format version %1.%2 is not supported (1.0, 2.0 and 3.0 are, as in numpy)</source>
        <translation>不支持 npy 格式版本 %1.%2（与 numpy 一样，支持 1.0、2.0 和 3.0）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="388"/>
        <source>the header claims %1 bytes, more than the limit of %2</source>
        <translation>文件头声称有 %1 字节，超过了上限 %2</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="394"/>
        <source>the header claims %1 bytes but the array has only %2 after byte %3</source>
        <translation>文件头声称有 %1 字节，但数组在第 %3 字节之后只有 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="405"/>
        <source>bad npy header (numpy refuses it too): a format 3.0 header must be UTF-8</source>
        <translation>错误的 npy 文件头（numpy 也拒绝它）：3.0 格式的文件头必须是 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="412"/>
        <source>the header is %1 characters long; numpy refuses headers over %2 (its max_header_size) unless trusted with allow_pickle=True</source>
        <translation>文件头长 %1 个字符；numpy 拒绝超过 %2 的文件头（其 max_header_size），除非以 allow_pickle=True 信任它</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npyheader.cpp" line="419"/>
        <source>bad npy header (numpy refuses it too): a NUL byte in the header text</source>
        <translation>错误的 npy 文件头（numpy 也拒绝它）：文件头文本中有 NUL 字节</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="60"/>
        <source>npy header spelling mxlens does not read (numpy may): %1</source>
        <translation>mxlens 不能读取的 npy 文件头写法（numpy 也许可以）：%1</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="102"/>
        <source>a backslash line continuation</source>
        <translation>反斜杠续行</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="104"/>
        <source>a form feed or vertical tab between tokens</source>
        <translation>记号之间的换页符或垂直制表符</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="129"/>
        <source>the dict&apos;s line is indented (Python: unexpected indent)</source>
        <translation>字典所在的行有缩进（Python：unexpected indent）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="153"/>
        <source>a form feed or backslash after the header dict&apos;s closing &apos;}&apos;</source>
        <translation>文件头字典的右括号 &apos;}&apos; 之后有换页符或反斜杠</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="155"/>
        <source>unexpected text after the header dict&apos;s closing &apos;}&apos; (only spaces, newlines and comments may follow it)</source>
        <translation>文件头字典的右括号 &apos;}&apos; 之后有意外的文本（其后只能有空格、换行和注释）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="164"/>
        <source>the header&apos;s last line holds only spaces or tabs and no newline</source>
        <translation>文件头的最后一行只有空格或制表符，且没有换行</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="172"/>
        <source>brackets nested more than %1 deep</source>
        <translation>括号嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="177"/>
        <source>the header ends where a value was expected</source>
        <translation>文件头在应为值的位置结束了</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="185"/>
        <source>a sign may only precede a number</source>
        <translation>符号只能出现在数字之前</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="213"/>
        <source>a float number (numpy refuses them as header values, but not in an entry a later duplicate key replaces)</source>
        <translation>浮点数（numpy 不接受它们作为文件头的值，但被后面的重复键替换的条目中可以）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="230"/>
        <source>&apos;%1&apos; is not a Python literal</source>
        <translation>&apos;%1&apos; 不是 Python 字面量</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="232"/>
        <source>unexpected character &apos;%1&apos; where a value was expected</source>
        <translation>在应为值的位置出现意外的字符 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="271"/>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>应为 &apos;,&apos; 或 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="290"/>
        <source>&apos;**&apos; unpacking is not a literal</source>
        <translation>&apos;**&apos; 解包不是字面量</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="300"/>
        <source>a list, dict or set used as a dict key or set element</source>
        <translation>列表、字典或集合被用作字典键或集合元素</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="305"/>
        <source>expected &apos;:&apos; after a dict key</source>
        <translation>字典键之后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="322"/>
        <source>expected &apos;,&apos; or &apos;}&apos; in the dict</source>
        <translation>字典中应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="323"/>
        <source>expected &apos;,&apos; or &apos;}&apos; in the set</source>
        <translation>集合中应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="354"/>
        <source>invalid underscore in a number</source>
        <translation>数字中的下划线无效</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="376"/>
        <source>an incomplete number</source>
        <translation>不完整的数字</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="378"/>
        <source>leading zeros in a decimal number</source>
        <translation>十进制数有前导零</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="380"/>
        <source>an integer of more than 4300 digits (Python refuses to convert it)</source>
        <translation>超过 4300 位的整数（Python 拒绝转换它）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="384"/>
        <source>a float or complex number (numpy refuses them as header values, but not in an entry a later duplicate key replaces)</source>
        <translation>浮点数或复数（numpy 不接受它们作为文件头的值，但被后面的重复键替换的条目中可以）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="396"/>
        <source>Python 2&apos;s &apos;L&apos; after a number (numpy drops it from format 1.0 and 2.0 headers only)</source>
        <translation>数字后的 Python 2 风格 &apos;L&apos;（numpy 只在 1.0 和 2.0 格式的文件头中去掉它）</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="399"/>
        <source>a number runs into a name</source>
        <translation>数字与名称连在一起</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="454"/>
        <source>an f-string is not a literal</source>
        <translation>f-string 不是字面量</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="457"/>
        <source>an invalid string prefix</source>
        <translation>无效的字符串前缀</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="461"/>
        <source>bytes and str literals concatenated</source>
        <translation>bytes 与 str 字面量被拼接在一起</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="469"/>
        <location filename="../core/formats/npy/pyliteral.cpp" line="496"/>
        <source>an unterminated string</source>
        <translation>未结束的字符串</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="485"/>
        <source>a newline inside a single-quoted string</source>
        <translation>单引号字符串中有换行</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="487"/>
        <source>a non-ASCII character in a bytes literal</source>
        <translation>bytes 字面量中有非 ASCII 字符</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="540"/>
        <source>a truncated \x escape</source>
        <translation>被截断的 \x 转义</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="554"/>
        <source>a \N{...} escape</source>
        <translation>\N{...} 转义</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="561"/>
        <source>a truncated \%1 escape</source>
        <translation>被截断的 \%1 转义</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="566"/>
        <source>an escape beyond U+10FFFF</source>
        <translation>超出 U+10FFFF 的转义</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/pyliteral.cpp" line="578"/>
        <source>an octal escape above \377</source>
        <translation>大于 \377 的八进制转义</translation>
    </message>
</context>
<context>
    <name>NpyWriter</name>
    <message>
        <location filename="../core/formats/npy/npywriter.cpp" line="17"/>
        <source>numpy has no bfloat16 type to write it as</source>
        <translation>numpy 没有 bfloat16 类型，无法写入</translation>
    </message>
    <message>
        <location filename="../core/formats/npy/npywriter.cpp" line="49"/>
        <source>%1 bytes of values for %2 bytes</source>
        <translation>%1 字节的值对应 %2 字节</translation>
    </message>
</context>
<context>
    <name>Npz</name>
    <message>
        <location filename="../core/formats/npz/npzarchive.cpp" line="70"/>
        <source>no member number %1</source>
        <translation>没有编号为 %1 的成员</translation>
    </message>
</context>
<context>
    <name>OpenedFile</name>
    <message>
        <location filename="../core/open/openedfile.cpp" line="119"/>
        <source>MXFusion inference archive</source>
        <translation>MXFusion 推断归档</translation>
    </message>
    <message>
        <location filename="../core/open/openedfile.cpp" line="121"/>
        <source>MXFusion pre-zip save</source>
        <translation>MXFusion zip 之前的保存文件</translation>
    </message>
    <message>
        <location filename="../core/open/openedfile.cpp" line="123"/>
        <source>MXNet NDArray list</source>
        <translation>MXNet NDArray 列表</translation>
    </message>
    <message>
        <location filename="../core/open/openedfile.cpp" line="125"/>
        <source>MXNet symbol graph</source>
        <translation>MXNet 符号计算图</translation>
    </message>
    <message>
        <location filename="../core/open/openedfile.cpp" line="127"/>
        <source>MXNet checkpoint</source>
        <translation>MXNet 检查点</translation>
    </message>
    <message>
        <location filename="../core/open/openedfile.cpp" line="129"/>
        <source>numpy npz archive</source>
        <translation>numpy npz 归档</translation>
    </message>
    <message>
        <location filename="../core/open/openedfile.cpp" line="131"/>
        <source>numpy array</source>
        <translation>numpy 数组</translation>
    </message>
    <message>
        <location filename="../core/open/openedfile.cpp" line="133"/>
        <source>safetensors file</source>
        <translation>safetensors 文件</translation>
    </message>
    <message>
        <location filename="../core/open/openedfile.cpp" line="152"/>
        <source>a pre-zip MXFusion %1 save (%2): shown as the serialization 2.0 inference.zip it migrates to; Save As or `mxlens-cli convert` writes that archive</source>
        <translation>zip 之前的 MXFusion %1 保存文件（%2）：显示为它迁移后的序列化 2.0 版 inference.zip；“另存为”或 `mxlens-cli convert` 会写出该归档</translation>
    </message>
    <message>
        <location filename="../core/open/openedfile.cpp" line="209"/>
        <source>not a zip archive (expected the signature PK\3\4 at byte 0)</source>
        <translation>不是 zip 归档（第 0 字节处应为签名 PK\3\4）</translation>
    </message>
    <message>
        <location filename="../core/open/openedfile.cpp" line="212"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../core/open/openedfile.cpp" line="214"/>
        <source>unrecognised content: not a zip archive (MXFusion inference.zip, npz), an npy array, an MXNet NDArray list (.params), an MXNet symbol JSON nor a safetensors file</source>
        <translation>无法识别的内容：既不是 zip 归档（MXFusion inference.zip、npz），也不是 npy 数组、MXNet NDArray 列表（.params）、MXNet 符号 JSON 或 safetensors 文件</translation>
    </message>
    <message>
        <location filename="../core/open/openedfile.cpp" line="237"/>
        <source>a zip archive, but neither an MXFusion archive (no graphs.json) nor an npz (members other than .npy)</source>
        <translation>是 zip 归档，但既不是 MXFusion 归档（没有 graphs.json），也不是 npz（含有 .npy 以外的成员）</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="58"/>
        <source>Fix: nothing to do, the load already succeeds.
</source>
        <translation>修复：无需操作，加载已经可以成功。
</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="60"/>
        <source>Fix: no naming makes the load succeed. %1
</source>
        <translation>修复：任何命名都无法使加载成功。%1
</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="62"/>
        <source>Fix by naming (%1 in the saved archive, %2 in the code); then the load is predicted to succeed:
</source>
        <translation>通过命名修复（保存的归档中 %1 处，代码中 %2 处）；之后预计加载会成功：
</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="67"/>
        <source>  In the current model code:
</source>
        <translation>  在当前模型的代码中：
</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="69"/>
        <source>    %1    # %2 %3: %4
</source>
        <translation>    %1    # %2 %3：%4
</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="75"/>
        <source>  In the saved archive: %1 (%2) -&gt; %3
</source>
        <translation>  在保存的归档中：%1（%2）-&gt; %3
</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="77"/>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="172"/>
        <source>%1 onto %2 (assisted matching)
</source>
        <translation>%1 对应到 %2（辅助匹配）
</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="173"/>
        <source>%1 onto %2 (MXFusion 0.3.1&apos;s algorithm)
</source>
        <translation>%1 对应到 %2（MXFusion 0.3.1 的算法）
</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="183"/>
        <source>Matched %1; unmatched: %2 saved, %3 current
</source>
        <translation>已匹配 %1；未匹配：保存的 %2 个，当前的 %3 个
</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="199"/>
        <source>  unmatched %1: %2
</source>
        <translation>  未匹配的 %1：%2
</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="201"/>
        <source>no candidate</source>
        <translation>无候选</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="207"/>
        <source>Predicted: Inference.load succeeds.
</source>
        <translation>预测：Inference.load 会成功。
</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="209"/>
        <source>Predicted: Inference.load raises %1
</source>
        <translation>预测：Inference.load 会抛出 %1
</translation>
    </message>
    <message>
        <location filename="../cli/reconcilereport.cpp" line="213"/>
        <source>  at saved %1%2
</source>
        <translation>  在保存的 %1%2
</translation>
    </message>
    <message>
        <location filename="../core/reconcile/assistedreconciler.cpp" line="518"/>
        <source>name %1, neighbours %2/%3, shape %4, order %5</source>
        <translation>名称 %1，邻居 %2/%3，形状 %4，顺序 %5</translation>
    </message>
    <message>
        <location filename="../core/reconcile/assistedreconciler.cpp" line="522"/>
        <source>equal</source>
        <translation>相同</translation>
    </message>
    <message>
        <location filename="../core/reconcile/assistedreconciler.cpp" line="522"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../core/reconcile/currentmodel.cpp" line="81"/>
        <source>the current model must be an MXFusion archive or a graphs.json</source>
        <translation>当前模型必须是 MXFusion 归档或 graphs.json</translation>
    </message>
    <message>
        <location filename="../core/reconcile/mxfusionreconciler.cpp" line="62"/>
        <source>Different number of secondary graphs passed in: the current model has %1, the saved archive %2</source>
        <translation>传入的次级计算图数量不同：当前模型有 %1 个，保存的归档有 %2 个</translation>
    </message>
    <message>
        <location filename="../core/reconcile/mxfusionreconciler.cpp" line="185"/>
        <source>AttributeError: the current counterpart of module %1 is not a module</source>
        <translation>AttributeError：模块 %1 在当前模型中的对应项不是模块</translation>
    </message>
    <message>
        <location filename="../core/reconcile/mxfusionreconciler.cpp" line="258"/>
        <source>IndexError: list index out of range (a graph list is empty)</source>
        <translation>IndexError：列表索引超出范围（某个计算图列表为空）</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <location filename="../core/layout/graphpainter.cpp" line="297"/>
        <source>the output must end in .svg or .png</source>
        <translation>输出文件必须以 .svg 或 .png 结尾</translation>
    </message>
</context>
<context>
    <name>Safetensors</name>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="241"/>
        <source>expected an object with dtype, shape and data_offsets, found %1</source>
        <translation>应为含有 dtype、shape 和 data_offsets 的对象，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="247"/>
        <source>expected the keys dtype, shape and data_offsets</source>
        <translation>应有键 dtype、shape 和 data_offsets</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="254"/>
        <source>expected dtype to be a string such as &quot;F32&quot;, found %1</source>
        <translation>dtype 应为字符串，如 &quot;F32&quot;，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="259"/>
        <source>unsupported dtype &quot;%1&quot; (expected one of BOOL, U8, I8, U16, I16, U32, I32, U64, I64, F16, BF16, F32, F64)</source>
        <translation>不支持的数据类型 &quot;%1&quot;（应为 BOOL、U8、I8、U16、I16、U32、I32、U64、I64、F16、BF16、F32、F64 之一）</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="265"/>
        <source>expected shape to be a list of sizes, found %1</source>
        <translation>shape 应为大小的列表，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="268"/>
        <source>%1 dimensions; at most %2 are accepted</source>
        <translation>%1 个维度；最多接受 %2 个</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="275"/>
        <source>expected every dimension of shape to be an integer from 0 to 2^63-1, found %1</source>
        <translation>shape 的每个维度应为 0 到 2^63-1 的整数，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="283"/>
        <source>shape %1 of %2 holds more bytes than 2^63</source>
        <translation>%2 的形状 %1 含有超过 2^63 的字节</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="287"/>
        <source>expected data_offsets to be [BEGIN, END], found %1</source>
        <translation>data_offsets 应为 [BEGIN, END]，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="293"/>
        <source>expected data_offsets to hold two integers from 0 to 2^63-1, found %1</source>
        <translation>data_offsets 应含有两个 0 到 2^63-1 的整数，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="297"/>
        <source>data_offsets [%1, %2] end before they begin</source>
        <translation>data_offsets [%1, %2] 的结束位置在开始位置之前</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="300"/>
        <source>data_offsets [%1, %2] reach past the end of the data section (%3 bytes)</source>
        <translation>data_offsets [%1, %2] 超出了数据区的末尾（%3 字节）</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="306"/>
        <source>data_offsets [%1, %2] hold %3 bytes; %4 of shape %5 needs %6</source>
        <translation>data_offsets [%1, %2] 含有 %3 字节；形状为 %5 的 %4 需要 %6 字节</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="360"/>
        <source>a safetensors file starts with an 8-byte header length; this one has %1 bytes</source>
        <translation>safetensors 文件以 8 字节的文件头长度开始；此文件只有 %1 字节</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="368"/>
        <source>the header length field says %1 bytes of JSON, but only %2 bytes follow it</source>
        <translation>文件头长度字段表示有 %1 字节的 JSON，但其后只有 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="375"/>
        <source>a JSON header of %1 bytes is larger than the limit of %2</source>
        <translation>%1 字节的 JSON 文件头超过了上限 %2</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="381"/>
        <source>a JSON header of %1 bytes cannot hold an object</source>
        <translation>%1 字节的 JSON 文件头无法容纳一个对象</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="388"/>
        <source>expected the JSON header to start with &apos;{&apos;</source>
        <translation>JSON 文件头应以 &apos;{&apos; 开头</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="399"/>
        <source>expected the header to be a JSON object</source>
        <translation>文件头应为 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="408"/>
        <source>header: JSON nested deeper than %1 levels (a safetensors header is an object of objects holding lists)</source>
        <translation>文件头：JSON 嵌套超过 %1 层（safetensors 文件头是由含列表的对象组成的对象）</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="416"/>
        <source>&quot;%1&quot; is listed twice in the header</source>
        <translation>&quot;%1&quot; 在文件头中列出了两次</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="418"/>
        <source>&quot;%1&quot; appears twice in the entry</source>
        <translation>&quot;%1&quot; 在条目中出现了两次</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="422"/>
        <source>more than %1 keys in the entry; expected dtype, shape and data_offsets</source>
        <translation>条目中的键多于 %1 个；应为 dtype、shape 和 data_offsets</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="428"/>
        <source>expected every __metadata__ value to be a string; &quot;%1&quot; is %2</source>
        <translation>__metadata__ 的每个值都应为字符串；&quot;%1&quot; 为 %2</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="440"/>
        <source> (NaN and Infinity are not JSON)</source>
        <translation>（NaN 和 Infinity 不是 JSON）</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="442"/>
        <source>header: the %1 bytes the length field gives are not one JSON object: invalid JSON: %2</source>
        <translation>文件头：长度字段给出的 %1 字节不是一个 JSON 对象：无效的 JSON：%2</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="458"/>
        <source>expected __metadata__ to be an object of strings, found %1</source>
        <translation>__metadata__ 应为字符串对象，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="480"/>
        <source>data_offsets [%1, %2] overlap those of %3, which end at %4</source>
        <translation>data_offsets [%1, %2] 与 %3 的重叠，后者结束于 %4</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="488"/>
        <source>bytes %1 to %2 of the data section belong to no tensor (the data of consecutive tensors must touch)</source>
        <translation>数据区的第 %1 到 %2 字节不属于任何张量（相邻张量的数据必须紧接）</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorsfile.cpp" line="498"/>
        <source>%1 bytes after the last tensor&apos;s data; the data section must end where the last tensor ends</source>
        <translation>最后一个张量的数据之后还有 %1 字节；数据区必须在最后一个张量结束处结束</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorswriter.cpp" line="47"/>
        <source>%1 is %2; safetensors has no complex type (store the real and imaginary parts as separate tensors first)</source>
        <translation>%1 是 %2；safetensors 没有复数类型（请先将实部和虚部存为两个张量）</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorswriter.cpp" line="52"/>
        <source>a tensor cannot be named __metadata__ in safetensors</source>
        <translation>在 safetensors 中张量不能命名为 __metadata__</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorswriter.cpp" line="55"/>
        <source>two tensors would both be named &quot;%1&quot;</source>
        <translation>两个张量都会被命名为 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/safetensors/safetensorswriter.cpp" line="60"/>
        <source>%1: the data would pass 2^63 bytes</source>
        <translation>%1：数据将超过 2^63 字节</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <location filename="../core/common/savefile.cpp" line="34"/>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <location filename="../core/export/sourcecheck.cpp" line="29"/>
        <source>%1; nothing was written</source>
        <translation>%1；未写入任何内容</translation>
    </message>
</context>
<context>
    <name>Tensor</name>
    <message>
        <location filename="../core/formats/tensorentry.cpp" line="64"/>
        <source>tensor %1 has no data</source>
        <translation>张量 %1 没有数据</translation>
    </message>
</context>
<context>
    <name>TensorNames</name>
    <message>
        <location filename="../core/export/tensornames.cpp" line="266"/>
        <source>the component&apos;s name</source>
        <translation>组件的名称</translation>
    </message>
    <message>
        <location filename="../core/export/tensornames.cpp" line="268"/>
        <source>the Gluon parameter name</source>
        <translation>Gluon 参数名称</translation>
    </message>
    <message>
        <location filename="../core/export/tensornames.cpp" line="270"/>
        <source>a path through the graph</source>
        <translation>计算图中的路径</translation>
    </message>
    <message>
        <location filename="../core/export/tensornames.cpp" line="272"/>
        <source>the MXNet name without its prefix</source>
        <translation>去掉前缀的 MXNet 名称</translation>
    </message>
    <message>
        <location filename="../core/export/tensornames.cpp" line="274"/>
        <source>the key as stored</source>
        <translation>存储的键</translation>
    </message>
</context>
<context>
    <name>TensorPanel</name>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="43"/>
        <source>dtype</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="43"/>
        <source>shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="44"/>
        <source>elements</source>
        <translation>元素数</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="44"/>
        <source>bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="45"/>
        <source>byte order</source>
        <translation>字节序</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="45"/>
        <source>order</source>
        <translation>存储顺序</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="46"/>
        <source>owner</source>
        <translation>所属组件</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="48"/>
        <source>min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="48"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="49"/>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="50"/>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="51"/>
        <source>std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="51"/>
        <source>zeros</source>
        <translation>零值数</translation>
    </message>
</context>
<context>
    <name>TensorStats</name>
    <message>
        <location filename="../core/tensor/tensorstats.cpp" line="136"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Transplant</name>
    <message>
        <location filename="../core/export/transplant.cpp" line="116"/>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../core/export/transplant.cpp" line="116"/>
        <source>no header</source>
        <translation>没有文件头</translation>
    </message>
    <message>
        <location filename="../core/export/transplant.cpp" line="124"/>
        <location filename="../core/export/transplant.cpp" line="215"/>
        <source>no current component matches saved %1</source>
        <translation>没有当前组件与保存的 %1 匹配</translation>
    </message>
    <message>
        <location filename="../core/export/transplant.cpp" line="129"/>
        <source>current %1 already takes the value of saved %2</source>
        <translation>当前的 %1 已经接收了保存的 %2 的值</translation>
    </message>
    <message>
        <location filename="../core/export/transplant.cpp" line="137"/>
        <source>saved %1 matches current %2, which is not a parameter of the current model</source>
        <translation>保存的 %1 与当前的 %2 匹配，但后者不是当前模型的参数</translation>
    </message>
    <message>
        <location filename="../core/export/transplant.cpp" line="143"/>
        <source>saved %1 is %2 but current %3 is %4</source>
        <translation>保存的 %1 是 %2，但当前的 %3 是 %4</translation>
    </message>
    <message>
        <location filename="../core/export/transplant.cpp" line="174"/>
        <source>no saved value matches it</source>
        <translation>没有保存的值与它匹配</translation>
    </message>
    <message>
        <location filename="../core/export/transplant.cpp" line="186"/>
        <source>an input Variable that received no saved value (a bare graphs.json does not say whether it is a parameter or observed data)</source>
        <translation>一个未接收到保存值的输入变量（单独的 graphs.json 无法说明它是参数还是观测数据）</translation>
    </message>
    <message>
        <location filename="../core/export/transplant.cpp" line="268"/>
        <source>only an MXFusion archive with its tensors read can be transplanted</source>
        <translation>只有已读取张量的 MXFusion 归档可以移植</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../core/validate/validator.cpp" line="61"/>
        <source>tensor %1 in %2 is keyed by the Gluon parameter name of %3, as MXFusion 0.3.0 saved them; MXFusion&apos;s load cannot map it and raises KeyError(&apos;%1&apos;). Re-key it by the variable&apos;s UUID.</source>
        <translation>%2 中的张量 %1 以 %3 的 Gluon 参数名称为键，这是 MXFusion 0.3.0 的保存方式；MXFusion 的 load 无法映射它，会抛出 KeyError(&apos;%1&apos;)。请改用变量的 UUID 作为键。</translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="74"/>
        <source>tensor %1 in %2 belongs to no component of graphs.json; MXFusion&apos;s load raises KeyError</source>
        <translation>%2 中的张量 %1 不属于 graphs.json 中的任何组件；MXFusion 的 load 会抛出 KeyError</translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="81"/>
        <source>tensor %1 in %2 is keyed by a name, not a UUID, as MXFusion 0.3.0 saved Gluon parameters, and no component carries that name; MXFusion&apos;s load cannot map it (KeyError)</source>
        <translation>%2 中的张量 %1 以名称而非 UUID 为键（MXFusion 0.3.0 这样保存 Gluon 参数），且没有组件带有该名称；MXFusion 的 load 无法映射它（KeyError）</translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="99"/>
        <source>constant %1 belongs to no component of graphs.json; MXFusion&apos;s load raises KeyError</source>
        <translation>常量 %1 不属于 graphs.json 中的任何组件；MXFusion 的 load 会抛出 KeyError</translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="108"/>
        <source>%1 has a value in more than one place (%2); MXFusion installs the last</source>
        <translation>%1 在多处有值（%2）；MXFusion 会安装最后一个</translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="120"/>
        <source>observed variable %1 is not a component of graphs.json</source>
        <translation>观测变量 %1 不是 graphs.json 中的组件</translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="133"/>
        <source>graph %1 has more than one component named &quot;%2&quot;; MXFusion anchors the last one</source>
        <translation>计算图 %1 中有多个名为 &quot;%2&quot; 的组件；MXFusion 锚定最后一个</translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="150"/>
        <source>%1 has several unnamed predecessors on the edge &quot;%2&quot;; MXFusion&apos;s load raises Exception (&quot;Multiple edges connecting unnamed nodes have the same name&quot;)%3. Name the predecessors.</source>
        <translation>%1 在边 &quot;%2&quot; 上有多个未命名的前驱；MXFusion 的 load 会抛出 Exception（&quot;Multiple edges connecting unnamed nodes have the same name&quot;）%3。请为这些前驱命名。</translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="154"/>
        <source> (if it got this far)</source>
        <translation>（如果执行到了这一步）</translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="166"/>
        <source>%1 (%2) is not upstream of any named component, so MXFusion&apos;s reconciliation never maps it and the load raises KeyError(&apos;%3&apos;). Name it or a node downstream of it.</source>
        <translation>%1（%2）不在任何已命名组件的上游，因此 MXFusion 的协调过程永远不会映射它，加载会抛出 KeyError(&apos;%3&apos;)。请为它或其下游的某个节点命名。</translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="178"/>
        <source>the constant of %1 is unreachable for MXFusion&apos;s reconciliation (an unnamed shape variable?); the load raises KeyError(&apos;%2&apos;). Name the variable.</source>
        <translation>%1 的常量对 MXFusion 的协调过程不可达（一个未命名的形状变量？）；加载会抛出 KeyError(&apos;%2&apos;)。请为该变量命名。</translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="201"/>
        <source>variable %1 has no stored value, constant or observation; on load it keeps the rebuilt model&apos;s value</source>
        <translation>变量 %1 没有存储的值、常量或观测值；加载时它保留重建模型中的值</translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="248"/>
        <source>tensor %1 holds %2 NaN of %3 values</source>
        <translation>张量 %1 的 %3 个值中有 %2 个 NaN</translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="249"/>
        <source>tensor %1 holds %2 infinite of %3 values</source>
        <translation>张量 %1 的 %3 个值中有 %2 个无穷大</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="125"/>
        <source>the file is empty, expected a zip archive</source>
        <translation>文件为空，应为 zip 归档</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="128"/>
        <source>not a zip archive (expected the signature PK\3\4 at byte 0)</source>
        <translation>不是 zip 归档（第 0 字节处应为签名 PK\3\4）</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="142"/>
        <source>cannot read the zip central directory (truncated or corrupt archive, minizip error %1)</source>
        <translation>无法读取 zip 中央目录（归档被截断或已损坏，minizip 错误 %1）</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="149"/>
        <source>the archive declares %1 entries, more than the limit of %2</source>
        <translation>归档声明了 %1 个条目，超过了上限 %2</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="178"/>
        <source>the zip central directory is corrupt after %1 entries (minizip error %2)</source>
        <translation>zip 中央目录在 %1 个条目之后已损坏（minizip 错误 %2）</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="185"/>
        <source>the zip central directory lists %1 entries but declares %2</source>
        <translation>zip 中央目录列出了 %1 个条目，但声明为 %2 个</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="203"/>
        <source>no local header at byte %1, where the central directory puts it</source>
        <translation>在中央目录指向的第 %1 字节处没有本地文件头</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="208"/>
        <source>the local header runs past the end of the file</source>
        <translation>本地文件头超出了文件末尾</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="213"/>
        <source>the local header names &quot;%1&quot; but the central directory &quot;%2&quot; (a corrupt or tampered archive; Python&apos;s zipfile refuses it too)</source>
        <translation>本地文件头中的名称为 &quot;%1&quot;，而中央目录中为 &quot;%2&quot;（归档已损坏或被篡改；Python 的 zipfile 也会拒绝它）</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="218"/>
        <source>the local header says compression method %1, the central directory %2</source>
        <translation>本地文件头中的压缩方法为 %1，中央目录中为 %2</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="226"/>
        <source>the local header says CRC-32 %1, the central directory %2</source>
        <translation>本地文件头中的 CRC-32 为 %1，中央目录中为 %2</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="251"/>
        <source>the local header says %1 bytes (%2 compressed), the central directory %3 (%4 compressed)</source>
        <translation>本地文件头中为 %1 字节（压缩后 %2），中央目录中为 %3（压缩后 %4）</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="272"/>
        <source>the name &quot;%1&quot; appears more than once; only the first is used</source>
        <translation>名称 &quot;%1&quot; 出现了不止一次；只使用第一个</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="280"/>
        <source>unsafe entry name &quot;%1&quot; (absolute or escaping the folder); mxlens never extracts by entry name</source>
        <translation>不安全的条目名称 &quot;%1&quot;（绝对路径或跳出所在文件夹）；mxlens 从不按条目名称解压</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="287"/>
        <source>the entry is encrypted, which mxlens does not read</source>
        <translation>该条目已加密，mxlens 不读取加密条目</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="292"/>
        <source>compression method %1 is not supported (only stored and deflated)</source>
        <translation>不支持压缩方法 %1（只支持 stored 和 deflated）</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="305"/>
        <source>the local header or the data of the entry lies outside the file (truncated or corrupt archive)</source>
        <translation>该条目的本地文件头或数据位于文件之外（归档被截断或已损坏）</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="312"/>
        <source>stored entry declares %1 bytes but holds %2</source>
        <translation>stored 条目声明为 %1 字节，实际有 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="320"/>
        <source>the entry declares %1 bytes, more than the limit of %2</source>
        <translation>该条目声明为 %1 字节，超过了上限 %2</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="329"/>
        <source>the entry would inflate %1 bytes into %2 (ratio %3:1, limit %4:1): refused as a possible zip bomb</source>
        <translation>该条目会把 %1 字节解压为 %2 字节（比率 %3:1，上限 %4:1）：视为可能的 zip 炸弹而拒绝</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="347"/>
        <source>no stored entry number %1</source>
        <translation>没有编号为 %1 的未压缩（stored）条目</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="360"/>
        <source>no entry number %1</source>
        <translation>没有编号为 %1 的条目</translation>
    </message>
    <message>
        <location filename="../core/archive/ziparchive.cpp" line="396"/>
        <source>CRC-32 mismatch: the directory says %1, the data gives %2</source>
        <translation>CRC-32 不匹配：目录记录为 %1，数据计算得 %2</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <location filename="../core/archive/zipwriter.cpp" line="120"/>
        <source>cannot copy %1 from %2: %3</source>
        <translation>无法从 %2 复制 %1：%3</translation>
    </message>
    <message>
        <location filename="../core/archive/zipwriter.cpp" line="127"/>
        <source>central header not found</source>
        <translation>未找到中央文件头</translation>
    </message>
    <message>
        <location filename="../core/archive/zipwriter.cpp" line="133"/>
        <source>zip64 or inconsistent offsets</source>
        <translation>zip64 或不一致的偏移量</translation>
    </message>
    <message>
        <location filename="../core/archive/zipwriter.cpp" line="141"/>
        <source>data runs past the end</source>
        <translation>数据超出了末尾</translation>
    </message>
    <message>
        <location filename="../core/archive/zipwriter.cpp" line="144"/>
        <location filename="../core/archive/zipwriter.cpp" line="217"/>
        <source>the archive would need zip64</source>
        <translation>该归档需要 zip64</translation>
    </message>
    <message>
        <location filename="../core/archive/zipwriter.cpp" line="161"/>
        <source>%1 would need zip64</source>
        <translation>%1 需要 zip64</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="22"/>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="25"/>
        <source>After opening, select the first component matching TEXT (as Find).</source>
        <translation>打开后，选中第一个匹配 TEXT 的组件（与“查找”相同）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="30"/>
        <source>Match the archive against the current model in FILE (an inference.zip saved from the current code, or its graphs.json) in the Matching dock.</source>
        <translation>在“匹配”停靠窗口中将归档与 FILE 中的当前模型（由当前代码保存的 inference.zip，或其 graphs.json）进行匹配。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>Compare the archive with FILE (another archive, checkpoint or npz) in the Compare dock.</source>
        <translation>在“比较”停靠窗口中将归档与 FILE（另一个归档、检查点或 npz）进行比较。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="41"/>
        <source>Show the window in language LANG (zh_CN, en), instead of the one of the environment.</source>
        <translation>以语言 LANG（zh_CN、en）而不是环境中的语言显示窗口。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>Browse MXFusion inference archives and MXNet checkpoints.</source>
        <translation>浏览 MXFusion 推断归档和 MXNet 检查点。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>The archive to open.</source>
        <translation>要打开的归档。</translation>
    </message>
</context>
<context>
    <name>mxl::ArchiveDocument</name>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="102"/>
        <location filename="../core/document/archivedocument.cpp" line="133"/>
        <location filename="../core/document/archivedocument.cpp" line="162"/>
        <location filename="../core/document/archivedocument.cpp" line="178"/>
        <location filename="../core/document/archivedocument.cpp" line="218"/>
        <location filename="../core/document/archivedocument.cpp" line="236"/>
        <location filename="../core/document/archivedocument.cpp" line="248"/>
        <source>only an indexed MXFusion archive can be edited</source>
        <translation>只有已建立索引的 MXFusion 归档可以编辑</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="106"/>
        <source>no component has the UUID %1</source>
        <translation>没有组件的 UUID 为 %1</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="113"/>
        <source>&apos;%1&apos; is not a Python identifier: MXFusion names are model attribute names (letters, digits and _, not starting with a digit)</source>
        <translation>&apos;%1&apos; 不是 Python 标识符：MXFusion 名称是模型的属性名（字母、数字和 _，不能以数字开头）</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="123"/>
        <source>Name %1 &apos;%2&apos;</source>
        <translation>将 %1 命名为 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="124"/>
        <source>Remove the name of %1</source>
        <translation>删除 %1 的名称</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="137"/>
        <source>no variable constant has the UUID %1</source>
        <translation>没有 UUID 为 %1 的变量常量</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="154"/>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="170"/>
        <source>Edit the configuration</source>
        <translation>编辑配置</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="189"/>
        <source>Observe %1</source>
        <translation>观测 %1</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="190"/>
        <source>Stop observing %1</source>
        <translation>停止观测 %1</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="199"/>
        <location filename="../core/document/archivedocument.cpp" line="238"/>
        <source>no tensor has the key %1</source>
        <translation>没有键为 %1 的张量</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="224"/>
        <source>the new tensor is %1 %2 where %3 %4 was: confirm the change</source>
        <translation>新张量是 %1 %2，而原来是 %3 %4：请确认此更改</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="228"/>
        <source>Replace the tensor %1</source>
        <translation>替换张量 %1</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="240"/>
        <source>Delete the tensor %1</source>
        <translation>删除张量 %1</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="257"/>
        <source>Drop %1 tensors no component owns</source>
        <translation>删除 %1 个不属于任何组件的张量</translation>
    </message>
    <message>
        <location filename="../core/document/archivedocument.cpp" line="271"/>
        <source>the transplanted archive is not an indexed MXFusion archive</source>
        <translation>移植后的归档不是已建立索引的 MXFusion 归档</translation>
    </message>
</context>
<context>
    <name>mxl::ArchivePanel</name>
    <message>
        <location filename="../ui/panels/archivepanel.cpp" line="27"/>
        <source>Archive entries</source>
        <translation>归档条目</translation>
    </message>
    <message>
        <location filename="../ui/panels/archivepanel.cpp" line="28"/>
        <source>Test integrity</source>
        <translation>测试完整性</translation>
    </message>
    <message>
        <location filename="../ui/panels/archivepanel.cpp" line="29"/>
        <source>Read every entry and check its size and CRC-32</source>
        <translation>读取每个条目并检查其大小和 CRC-32</translation>
    </message>
</context>
<context>
    <name>mxl::CompareController</name>
    <message>
        <location filename="../ui/document/comparecontroller.cpp" line="32"/>
        <source>Compare the document with</source>
        <translation>将文档与之比较</translation>
    </message>
    <message>
        <location filename="../ui/document/comparecontroller.cpp" line="33"/>
        <source>Archives and checkpoints (*.zip *.npz *.npy *.params *.nd *.ndarray *.json);;All files (*)</source>
        <translation>归档和检查点 (*.zip *.npz *.npy *.params *.nd *.ndarray *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/document/comparecontroller.cpp" line="44"/>
        <source>Comparing with %1…</source>
        <translation>正在与 %1 比较…</translation>
    </message>
    <message>
        <location filename="../ui/document/comparecontroller.cpp" line="80"/>
        <source>Cannot compare: %1</source>
        <translation>无法比较：%1</translation>
    </message>
    <message>
        <location filename="../ui/document/comparecontroller.cpp" line="84"/>
        <source>Cannot compare</source>
        <translation>无法比较</translation>
    </message>
</context>
<context>
    <name>mxl::CompareDock</name>
    <message>
        <location filename="../ui/diff/comparedock.cpp" line="51"/>
        <source>Show unchanged</source>
        <translation>显示未更改项</translation>
    </message>
    <message>
        <location filename="../ui/diff/comparedock.cpp" line="57"/>
        <source>Compare With…</source>
        <translation>比较对象…</translation>
    </message>
    <message>
        <location filename="../ui/diff/comparedock.cpp" line="58"/>
        <source>Choose a second archive, checkpoint or npz to compare the document with</source>
        <translation>选择第二个归档、检查点或 npz 与文档进行比较</translation>
    </message>
    <message>
        <location filename="../ui/diff/comparedock.cpp" line="87"/>
        <source>Compare the document with another archive, checkpoint or npz: what was added, removed or changed, and by how much.</source>
        <translation>将文档与另一个归档、检查点或 npz 进行比较：新增、删除或更改了什么，以及变化有多大。</translation>
    </message>
    <message>
        <location filename="../ui/diff/comparedock.cpp" line="108"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/diff/comparedock.cpp" line="109"/>
        <source>Posterior %1</source>
        <translation>后验 %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/comparedock.cpp" line="110"/>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <location filename="../ui/diff/comparedock.cpp" line="113"/>
        <source>B = %1: %2 added, %3 removed, %4 changed, %5 the same</source>
        <translation>B = %1：%2 个新增，%3 个删除，%4 个更改，%5 个相同</translation>
    </message>
    <message>
        <location filename="../ui/diff/comparedock.cpp" line="120"/>
        <source> (fresh UUIDs: components paired by matching)</source>
        <translation>（全新的 UUID：组件由匹配配对）</translation>
    </message>
    <message>
        <location filename="../ui/diff/comparedock.cpp" line="122"/>
        <source>B = %1: identical</source>
        <translation>B = %1：完全相同</translation>
    </message>
</context>
<context>
    <name>mxl::ComponentEditor</name>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="23"/>
        <source>Observed (in configuration.json)</source>
        <translation>已观测（在 configuration.json 中）</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="24"/>
        <source>Constant</source>
        <translation>常量</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="25"/>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="26"/>
        <source>Replace from .npy…</source>
        <translation>从 .npy 替换…</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="27"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="31"/>
        <source>The model attribute name (m.name = …). Names are what MXFusion matches on load; press Enter to apply, empty to remove.</source>
        <translation>模型属性名（m.name = …）。MXFusion 在加载时按名称匹配；按 Enter 应用，留空则删除名称。</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="33"/>
        <source>The number stored in variable_constants.json; press Enter</source>
        <translation>保存在 variable_constants.json 中的数值；按 Enter 应用</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="41"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="109"/>
        <source>unnamed: type a name to anchor it</source>
        <translation>未命名：输入名称以锚定它</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="130"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="134"/>
        <source>Only MXFusion archives can be edited</source>
        <translation>只有 MXFusion 归档可以编辑</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="135"/>
        <source>Editing becomes possible once the tensors are read</source>
        <translation>读取张量后即可编辑</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="146"/>
        <source>Replace the tensor with</source>
        <translation>替换张量为</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="147"/>
        <source>NumPy arrays (*.npy);;All files (*)</source>
        <translation>NumPy 数组 (*.npy);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="166"/>
        <source>Change the tensor&apos;s shape or dtype?</source>
        <translation>更改张量的形状或数据类型？</translation>
    </message>
    <message>
        <location filename="../ui/panels/componenteditor.cpp" line="167"/>
        <source>The stored tensor is %1 %2; the file holds %3 %4. MXNet refuses to load a value whose shape or dtype differs from the current model&apos;s parameter. Replace it anyway?</source>
        <translation>存储的张量是 %1 %2；文件中的是 %3 %4。如果值的形状或数据类型与当前模型的参数不同，MXNet 会拒绝加载。仍要替换吗？</translation>
    </message>
</context>
<context>
    <name>mxl::ConstantsModel</name>
    <message>
        <location filename="../ui/models/constantsmodel.cpp" line="13"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../ui/models/constantsmodel.cpp" line="13"/>
        <source>Stored in</source>
        <translation>存储于</translation>
    </message>
    <message>
        <location filename="../ui/models/constantsmodel.cpp" line="13"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/models/constantsmodel.cpp" line="14"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/models/constantsmodel.cpp" line="27"/>
        <source>(no component)</source>
        <translation>（无组件）</translation>
    </message>
    <message>
        <location filename="../ui/models/constantsmodel.cpp" line="38"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>mxl::DiffModel</name>
    <message>
        <location filename="../ui/models/diffmodel.cpp" line="51"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/models/diffmodel.cpp" line="51"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../ui/models/diffmodel.cpp" line="51"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/models/diffmodel.cpp" line="51"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/models/diffmodel.cpp" line="52"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/models/diffmodel.cpp" line="52"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../ui/models/diffmodel.cpp" line="52"/>
        <source>max |a−b|</source>
        <translation>最大 |a−b|</translation>
    </message>
    <message>
        <location filename="../ui/models/diffmodel.cpp" line="53"/>
        <source>relative</source>
        <translation>相对</translation>
    </message>
    <message>
        <location filename="../ui/models/diffmodel.cpp" line="53"/>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location filename="../ui/models/diffmodel.cpp" line="140"/>
        <source>tensor (%1)</source>
        <translation>张量（%1）</translation>
    </message>
</context>
<context>
    <name>mxl::DocumentController</name>
    <message>
        <location filename="../ui/document/documentcontroller.cpp" line="182"/>
        <source>There is no document to save.</source>
        <translation>没有可保存的文档。</translation>
    </message>
</context>
<context>
    <name>mxl::EntriesModel</name>
    <message>
        <location filename="../ui/models/entriesmodel.cpp" line="14"/>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../ui/models/entriesmodel.cpp" line="14"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/models/entriesmodel.cpp" line="15"/>
        <source>Compressed</source>
        <translation>压缩后</translation>
    </message>
    <message>
        <location filename="../ui/models/entriesmodel.cpp" line="16"/>
        <source>Ratio</source>
        <translation>压缩比</translation>
    </message>
    <message>
        <location filename="../ui/models/entriesmodel.cpp" line="16"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/models/entriesmodel.cpp" line="17"/>
        <source>CRC-32</source>
        <translation>CRC-32</translation>
    </message>
    <message>
        <location filename="../ui/models/entriesmodel.cpp" line="17"/>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../ui/models/entriesmodel.cpp" line="72"/>
        <source>stored</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../ui/models/entriesmodel.cpp" line="73"/>
        <source>deflated</source>
        <translation>deflate 压缩</translation>
    </message>
    <message>
        <location filename="../ui/models/entriesmodel.cpp" line="81"/>
        <source>not tested</source>
        <translation>未测试</translation>
    </message>
    <message>
        <location filename="../ui/models/entriesmodel.cpp" line="81"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/models/entriesmodel.cpp" line="91"/>
        <source>%1
%2 bytes, %3 compressed, modified %4</source>
        <translation>%1
%2 字节，压缩后 %3，修改于 %4</translation>
    </message>
</context>
<context>
    <name>mxl::GraphTab</name>
    <message>
        <location filename="../ui/graph/graphtab.cpp" line="30"/>
        <source>Graph view</source>
        <translation>计算图视图</translation>
    </message>
    <message>
        <location filename="../ui/graph/graphtab.cpp" line="45"/>
        <source>Laying out the graph…</source>
        <translation>正在布局计算图…</translation>
    </message>
    <message>
        <location filename="../ui/graph/graphtab.cpp" line="47"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/graph/graphtab.cpp" line="122"/>
        <source>Laying out %1 nodes…</source>
        <translation>正在布局 %1 个节点…</translation>
    </message>
    <message>
        <location filename="../ui/graph/graphtab.cpp" line="189"/>
        <source>Layout cancelled. Use View ▸ Relayout to try again.</source>
        <translation>布局已取消。使用“视图 ▸ 重新布局”再试一次。</translation>
    </message>
    <message>
        <location filename="../ui/graph/graphtab.cpp" line="213"/>
        <source>Layout failed: %1</source>
        <translation>布局失败：%1</translation>
    </message>
</context>
<context>
    <name>mxl::GraphTabs</name>
    <message>
        <location filename="../ui/mainwindow/graphtabs.cpp" line="21"/>
        <source>&lt;h2&gt;mxlens&lt;/h2&gt;&lt;p&gt;Open an MXFusion &lt;code&gt;inference.zip&lt;/code&gt; (or a pre-zip &lt;code&gt;PREFIX_*.json&lt;/code&gt; save), an MXNet checkpoint (&lt;code&gt;-symbol.json&lt;/code&gt;, &lt;code&gt;.params&lt;/code&gt;), an &lt;code&gt;.npz&lt;/code&gt; or an &lt;code&gt;.npy&lt;/code&gt; with &lt;b&gt;File ▸ Open&lt;/b&gt; (Ctrl+O), or drop it here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;mxlens&lt;/h2&gt;&lt;p&gt;通过&lt;b&gt;文件 ▸ 打开&lt;/b&gt;（Ctrl+O）打开 MXFusion &lt;code&gt;inference.zip&lt;/code&gt;（或 zip 之前的 &lt;code&gt;PREFIX_*.json&lt;/code&gt; 保存文件）、MXNet 检查点（&lt;code&gt;-symbol.json&lt;/code&gt;、&lt;code&gt;.params&lt;/code&gt;）、&lt;code&gt;.npz&lt;/code&gt; 或 &lt;code&gt;.npy&lt;/code&gt;，或者把文件拖放到这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/graphtabs.cpp" line="29"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/graphtabs.cpp" line="62"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/graphtabs.cpp" line="62"/>
        <source>Posterior %1</source>
        <translation>后验 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/graphtabs.cpp" line="76"/>
        <source>Tensor list, main view</source>
        <translation>张量列表，主视图</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/graphtabs.cpp" line="78"/>
        <source>Tensors</source>
        <translation>张量</translation>
    </message>
</context>
<context>
    <name>mxl::HeatmapWidget</name>
    <message>
        <location filename="../ui/widgets/heatmapwidget.cpp" line="183"/>
        <source>The heatmap is not available for complex tensors.</source>
        <translation>复数张量无法显示热图。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmapwidget.cpp" line="185"/>
        <source>The tensor has no elements.</source>
        <translation>该张量没有元素。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmapwidget.cpp" line="255"/>
        <source>Drawing the heatmap…</source>
        <translation>正在绘制热图…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmapwidget.cpp" line="256"/>
        <source>No tensor selected.</source>
        <translation>未选择张量。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmapwidget.cpp" line="264"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmapwidget.cpp" line="266"/>
        <source> · block means of sampled cells</source>
        <translation> · 采样单元格的块均值</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmapwidget.cpp" line="268"/>
        <source> · block means</source>
        <translation> · 块均值</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmapwidget.cpp" line="270"/>
        <source> · updating…</source>
        <translation> · 正在更新…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/heatmapwidget.cpp" line="330"/>
        <source>(the colour is the mean of a block of cells)</source>
        <translation>（颜色是一块单元格的均值）</translation>
    </message>
</context>
<context>
    <name>mxl::HistogramWidget</name>
    <message>
        <location filename="../ui/widgets/histogramwidget.cpp" line="97"/>
        <source>The histogram is not available for complex tensors.</source>
        <translation>复数张量无法显示直方图。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/histogramwidget.cpp" line="129"/>
        <source>Computing the histogram…</source>
        <translation>正在计算直方图…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/histogramwidget.cpp" line="130"/>
        <source>The tensor has no finite values.</source>
        <translation>该张量没有有限值。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/histogramwidget.cpp" line="131"/>
        <source>No tensor selected.</source>
        <translation>未选择张量。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/histogramwidget.cpp" line="183"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/widgets/histogramwidget.cpp" line="184"/>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../ui/widgets/histogramwidget.cpp" line="185"/>
        <source>%1 finite values in %2 bins</source>
        <translation>%1 个有限值，分为 %2 个区间</translation>
    </message>
    <message>
        <location filename="../ui/widgets/histogramwidget.cpp" line="189"/>
        <source>; %1 NaN/inf not shown</source>
        <translation>；未显示 %1 个 NaN/inf</translation>
    </message>
    <message>
        <location filename="../ui/widgets/histogramwidget.cpp" line="206"/>
        <source>[%1, %2%3
%4 values</source>
        <translation>[%1, %2%3
%4 个值</translation>
    </message>
</context>
<context>
    <name>mxl::JsonTreeModel</name>
    <message>
        <location filename="../ui/models/jsontreemodel.cpp" line="10"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../ui/models/jsontreemodel.cpp" line="10"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/models/jsontreemodel.cpp" line="10"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/jsontreemodel.cpp" line="42"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxl::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="108"/>
        <source>Changed on disk</source>
        <translation>已在磁盘上更改</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="113"/>
        <source>Change on disk</source>
        <translation>磁盘上的更改</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="116"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>Open the file as it is on disk now (unsaved edits are asked about)</source>
        <translation>打开磁盘上现在的文件（未保存的编辑会先询问）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="118"/>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="119"/>
        <source>Go on with what you opened; Save will then overwrite the file on disk</source>
        <translation>继续使用已打开的内容；之后“保存”会覆盖磁盘上的文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="136"/>
        <source>Status file</source>
        <translation>状态栏：文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="137"/>
        <source>Status format</source>
        <translation>状态栏：格式</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="138"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="143"/>
        <source>The checkpoint&apos;s parameter file shown with the symbol</source>
        <translation>与符号一起显示的检查点参数文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="152"/>
        <source>Zoom %1 %</source>
        <translation>缩放 %1 %</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="160"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="167"/>
        <source>%1 — reading tensor headers…</source>
        <translation>%1 — 正在读取张量头…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="180"/>
        <source>All %1 entries are intact.</source>
        <translation>全部 %1 个条目均完好。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="181"/>
        <source>%1 of %2 entries are damaged.</source>
        <translation>%2 个条目中有 %1 个已损坏。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="257"/>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="265"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="267"/>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="268"/>
        <source>mxlens cannot open this file.</source>
        <translation>mxlens 无法打开此文件。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="333"/>
        <source> %1</source>
        <translation> %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="344"/>
        <source>&lt;b&gt;Changed on disk since you opened it.&lt;/b&gt; %1&lt;br&gt;The window shows the file as you opened it.</source>
        <translation>&lt;b&gt;文件在打开后已在磁盘上被更改。&lt;/b&gt; %1&lt;br&gt;窗口仍显示打开时的文件内容。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="352"/>
        <source>The file changed on disk after it was opened, and this tensor&apos;s values are read from it: Reload to see what it holds now.</source>
        <translation>该文件在打开后已在磁盘上更改，而此张量的值是从该文件读取的：请重新加载以查看它现在的内容。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="355"/>
        <source>%1 changed on disk</source>
        <translation>%1 已在磁盘上更改</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="44"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="45"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="48"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="50"/>
        <source>Open &amp;Current Model for Matching…</source>
        <translation>打开当前模型用于匹配(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="55"/>
        <source>Compare &amp;With…</source>
        <translation>比较对象(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="60"/>
        <source>&amp;Export Graph as SVG or PNG…</source>
        <translation>将计算图导出为 SVG 或 PNG(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="64"/>
        <source>Export &amp;Tensors…</source>
        <translation>导出张量(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="69"/>
        <source>Write every tensor to a .safetensors or .npz file, under readable names (PyTorch, JAX, Hugging Face and numpy read them)</source>
        <translation>将每个张量以可读名称写入 .safetensors 或 .npz 文件（PyTorch、JAX、Hugging Face 和 numpy 都能读取）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="71"/>
        <source>Export &amp;Selected Tensors…</source>
        <translation>导出选中的张量(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="76"/>
        <source>Select tensors in the Tensors list first (Ctrl-click or Shift-click for several).</source>
        <translation>请先在张量列表中选择张量（按住 Ctrl 或 Shift 单击可选择多个）。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="85"/>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="146"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="89"/>
        <source>Exported %n tensor(s) to %1, verified by reading them back.</source>
        <translation>
            <numerusform>已将 %n 个张量导出到 %1，并已通过读回验证。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="98"/>
        <source>Cannot export the tensors</source>
        <translation>无法导出张量</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="99"/>
        <source>%1 was not written.</source>
        <translation>未写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="106"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="109"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="110"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="114"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="125"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="126"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="128"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="130"/>
        <source>&amp;Fit to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="133"/>
        <source>&amp;Expand All Modules</source>
        <translation>展开所有模块(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="135"/>
        <source>&amp;Collapse All Modules</source>
        <translation>折叠所有模块(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="138"/>
        <source>Toggle &amp;Left-Right Layout</source>
        <translation>切换左右布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="142"/>
        <source>&amp;Relayout</source>
        <translation>重新布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="144"/>
        <source>&amp;Fold Weights into Operators</source>
        <translation>将权重折叠到算子中(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="148"/>
        <source>Draw an MXNet operator&apos;s weights and auxiliary states inside it, or as nodes of their own</source>
        <translation>将 MXNet 算子的权重和辅助状态画在算子内部，或画成单独的节点</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="151"/>
        <source>Show &amp;Overview</source>
        <translation>显示概览(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="157"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="165"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="166"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="168"/>
        <source>&amp;About mxlens</source>
        <translation>关于 mxlens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="170"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="178"/>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="214"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="179"/>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="180"/>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="181"/>
        <source>Fit to Window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="182"/>
        <source>Left-Right</source>
        <translation>左右布局</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="189"/>
        <source>Find (Ctrl+F): name, key, UUID prefix, type, dtype, shape</source>
        <translation>查找（Ctrl+F）：名称、键、UUID 前缀、类型、数据类型、形状</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="191"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="194"/>
        <source>Find result</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="215"/>
        <source>Archives and checkpoints (*.zip *.npz *.npy *.params *.nd *.ndarray *.json);;All files (*)</source>
        <translation>归档和检查点 (*.zip *.npz *.npy *.params *.nd *.ndarray *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="245"/>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="260"/>
        <source>Export Graph</source>
        <translation>导出计算图</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="260"/>
        <source>SVG (*.svg);;PNG (*.png)</source>
        <translation>SVG (*.svg);;PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="264"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="266"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="279"/>
        <source>&lt;tr&gt;&lt;td&gt;Zoom with the mouse&lt;/td&gt;&lt;td style=&apos;padding-left:16px&apos;&gt;&lt;b&gt;Wheel&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Pan&lt;/td&gt;&lt;td style=&apos;padding-left:16px&apos;&gt;&lt;b&gt;Drag the background&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Expand or collapse a module&lt;/td&gt;&lt;td style=&apos;padding-left:16px&apos;&gt;&lt;b&gt;Double-click it&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;用鼠标缩放&lt;/td&gt;&lt;td style=&apos;padding-left:16px&apos;&gt;&lt;b&gt;滚轮&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;平移&lt;/td&gt;&lt;td style=&apos;padding-left:16px&apos;&gt;&lt;b&gt;拖动背景&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;展开或折叠模块&lt;/td&gt;&lt;td style=&apos;padding-left:16px&apos;&gt;&lt;b&gt;双击它&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="284"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="295"/>
        <source>About mxlens</source>
        <translation>关于 mxlens</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="296"/>
        <source>&lt;h3&gt;mxlens %1&lt;/h3&gt;&lt;p&gt;A browser and editor for MXFusion inference archives and MXNet checkpoints.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;</source>
        <translation>&lt;h3&gt;mxlens %1&lt;/h3&gt;&lt;p&gt;MXFusion 推断归档和 MXNet 检查点的浏览器和编辑器。&lt;/p&gt;&lt;p&gt;构建时使用：&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="69"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="75"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="81"/>
        <source>Tensor list</source>
        <translation>张量列表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="84"/>
        <source>Tensors</source>
        <translation>张量</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="103"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="106"/>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="114"/>
        <source>Constant not changed: %1</source>
        <translation>常量未更改：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="121"/>
        <source>Double-click a number to change it</source>
        <translation>双击数字以更改它</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="126"/>
        <source>Constants</source>
        <translation>常量</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="136"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="141"/>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="148"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="154"/>
        <source>Matching</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="158"/>
        <source>&lt;file as opened&gt;</source>
        <translation>&lt;打开时的文件&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="160"/>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="168"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="190"/>
        <source>The Matching dock lists the names that make the load succeed: Fix by Naming applies them.</source>
        <translation>匹配面板列出了能让加载成功的名称：“通过命名修复”会应用它们。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="192"/>
        <source>Open the current model (File ▸ Open Current Model for Matching…) to see which names make the load succeed.</source>
        <translation>打开当前模型（文件 ▸ 打开当前模型用于匹配…）即可查看哪些名称能让加载成功。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="201"/>
        <source>Testing every entry…</source>
        <translation>正在测试每个条目…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="213"/>
        <source>no match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowdocks.cpp" line="219"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="30"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="34"/>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="121"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="42"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="44"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="51"/>
        <source>&amp;Name or Rename Component</source>
        <translation>命名或重命名组件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="56"/>
        <source>Replace &amp;Tensor from .npy…</source>
        <translation>从 .npy 替换张量(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="59"/>
        <source>&amp;Delete Tensor</source>
        <translation>删除张量(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="60"/>
        <source>Drop Tensors &amp;No Component Owns</source>
        <translation>删除不属于任何组件的张量(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="67"/>
        <source>Every tensor belongs to a component.</source>
        <translation>每个张量都属于某个组件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="68"/>
        <source>Dropped %n tensor(s); Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 个张量；撤销可恢复它们。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="108"/>
        <source>%1 changed on disk since you opened it: %2</source>
        <translation>%1 自你打开以来已在磁盘上更改：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="111"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="115"/>
        <source>The file changed on disk</source>
        <translation>文件已在磁盘上更改</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="116"/>
        <source>Another program changed %1 after you opened it. Saving would replace its version with yours.</source>
        <translation>另一个程序在你打开 %1 之后更改了它。保存会用你的版本替换它的版本。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="122"/>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="139"/>
        <source>Save the archive as</source>
        <translation>将归档另存为</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="140"/>
        <source>MXFusion archives (*.zip)</source>
        <translation>MXFusion 归档 (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="150"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="151"/>
        <source>The archive was not written; mxlens did not change the file on disk.</source>
        <translation>归档未写入；mxlens 没有更改磁盘上的文件。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="162"/>
        <source>Saved %1: %2 entries copied unchanged, %3 rewritten, %4 tensors verified by reading them back.</source>
        <translation>已保存 %1：%2 个条目原样复制，%3 个重写，%4 个张量已通过读回验证。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="180"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowediting.cpp" line="181"/>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 有未保存的更改。先保存吗？</translation>
    </message>
</context>
<context>
    <name>mxl::MatchingController</name>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="27"/>
        <source>Load a mapping</source>
        <translation>加载映射</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="28"/>
        <location filename="../ui/document/matchingcontroller.cpp" line="37"/>
        <source>mxlens mappings (*.json)</source>
        <translation>mxlens 映射 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="32"/>
        <source>Cannot load the mapping</source>
        <translation>无法加载映射</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="36"/>
        <source>Save the mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="41"/>
        <source>Cannot save the mapping</source>
        <translation>无法保存映射</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="43"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="58"/>
        <source>Open the current model</source>
        <translation>打开当前模型</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="59"/>
        <source>Current model (*.zip graphs.json *.json);;All files (*)</source>
        <translation>当前模型 (*.zip graphs.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="68"/>
        <source>Cannot open the current model</source>
        <translation>无法打开当前模型</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="109"/>
        <location filename="../ui/document/matchingcontroller.cpp" line="141"/>
        <source>Cannot transplant</source>
        <translation>无法移植</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="120"/>
        <source>Left behind: saved %1 (%2): %3</source>
        <translation>未移植：保存的 %1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="122"/>
        <source>Left at its initial value: current %1: %2</source>
        <translation>保留初始值：当前的 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="124"/>
        <source>Transplant the saved values?</source>
        <translation>移植保存的值？</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="125"/>
        <source>The document becomes the skeleton of %1 holding %2 saved values under its UUIDs; %3 saved values are left behind. Undo brings the saved archive back.</source>
        <translation>文档将变为 %1 的骨架，并在其 UUID 下保存 %2 个已保存的值；%3 个已保存的值将被舍弃。撤销可恢复保存的归档。</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="139"/>
        <source>Transplant onto %1</source>
        <translation>移植到 %1</translation>
    </message>
    <message>
        <location filename="../ui/document/matchingcontroller.cpp" line="145"/>
        <source>Transplanted %1 values; %2 left behind, %3 current parameters at their initial value. Save As to write it.</source>
        <translation>已移植 %1 个值；%2 个未移植，%3 个当前参数保持初始值。使用“另存为”写出。</translation>
    </message>
</context>
<context>
    <name>mxl::MatchingDock</name>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="37"/>
        <source>Pair</source>
        <translation>配对</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="37"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="38"/>
        <location filename="../ui/matching/matchingdock.cpp" line="331"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="39"/>
        <source>Accept ≥</source>
        <translation>接受 ≥</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="40"/>
        <source>Load Mapping…</source>
        <translation>加载映射…</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="41"/>
        <source>Save Mapping…</source>
        <translation>保存映射…</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="42"/>
        <source>Transplant…</source>
        <translation>移植…</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="43"/>
        <source>Fix by Naming</source>
        <translation>通过命名修复</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="44"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="49"/>
        <source>Open Current Model…</source>
        <translation>打开当前模型…</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="50"/>
        <source>An inference.zip saved from the current code, or its graphs.json</source>
        <translation>由当前代码保存的 inference.zip，或其 graphs.json</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="60"/>
        <source>Fix by naming</source>
        <translation>通过命名修复</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="61"/>
        <source>Give the saved components the names that make MXFusion&apos;s load succeed (one undoable step)</source>
        <translation>为保存的组件赋予能让 MXFusion 加载成功的名称（可一步撤销）</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="64"/>
        <source>Naming plan</source>
        <translation>命名方案</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="70"/>
        <source>Code-side names</source>
        <translation>代码中的名称</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="71"/>
        <source>Names to give in the current model&apos;s code; then save it again and reopen it as the current model</source>
        <translation>要在当前模型代码中赋予的名称；然后重新保存它，并将其作为当前模型重新打开</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="75"/>
        <source>Copy code-side names</source>
        <translation>复制代码中的名称</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="89"/>
        <source>Pair the node selected in the saved graph with the node selected in the current graph (a locked manual pair)</source>
        <translation>将保存的计算图中选中的节点与当前计算图中选中的节点配对（锁定的手动配对）</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="91"/>
        <source>Remove this pair; the automatic pass will not make it again</source>
        <translation>删除此配对；自动匹配不会再次建立它</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="92"/>
        <source>A locked pair is an anchor: matching re-runs around it</source>
        <translation>锁定的配对是锚点：匹配会围绕它重新运行</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="96"/>
        <source>Take every unmatched component&apos;s best candidate scoring at least this much (ties excluded)</source>
        <translation>为每个未匹配的组件采用得分至少为此值的最佳候选（并列的除外）</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="98"/>
        <source>Replace the document by the current model&apos;s skeleton holding the saved values under its UUIDs (undoable)</source>
        <translation>用当前模型的骨架替换文档，并在其 UUID 下保存已保存的值（可撤销）</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="186"/>
        <source>No naming makes it load. %1</source>
        <translation>任何命名都无法使其加载。%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/matching/matchingdock.cpp" line="188"/>
        <source>%n name(s) in this archive make it load.</source>
        <translation>
            <numerusform>此归档中的 %n 个名称可使其加载。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="192"/>
        <source>%1 name(s) in this archive and %2 in your code make it load: give the names below in the code, save the current model again and reopen it.</source>
        <translation>此归档中的 %1 个名称和你代码中的 %2 个名称可使其加载：请在代码中赋予下面的名称，重新保存当前模型并重新打开它。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/matching/matchingdock.cpp" line="205"/>
        <source>Fix by naming (%n name(s))</source>
        <translation>
            <numerusform>通过命名修复（%n 个名称）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="242"/>
        <source>Current model</source>
        <translation>当前模型</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="242"/>
        <source>Current posterior %1</source>
        <translation>当前后验 %1</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="253"/>
        <source>No current model: open the inference.zip (or graphs.json) saved from the code you rebuilt.</source>
        <translation>没有当前模型：请打开由你重建的代码保存的 inference.zip（或 graphs.json）。</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="262"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="263"/>
        <source>Matching and the load prediction apply to MXFusion archives; this document is not one.</source>
        <translation>匹配和加载预测只适用于 MXFusion 归档；此文档不是。</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="273"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 matched, %3 saved and %4 current unmatched</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 个已匹配，保存的 %3 个和当前的 %4 个未匹配</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="280"/>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✔ MXFusion&apos;s &lt;code&gt;Inference.load&lt;/code&gt; is predicted to succeed.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✔ 预计 MXFusion 的 &lt;code&gt;Inference.load&lt;/code&gt; 会成功。&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="286"/>
        <source>A name or a stored key the current model lacks: name the saved variable as the code does (Properties, F2), or transplant.</source>
        <translation>当前模型缺少某个名称或存储的键：请按代码中的方式为保存的变量命名（属性，F2），或者移植。</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="289"/>
        <source>Unnamed inputs share an edge name: name them in the code and here, or pair them by hand and transplant.</source>
        <translation>未命名的输入共用一个边名称：请在代码中和此处为它们命名，或手动配对后移植。</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="292"/>
        <source>The structures differ at this node: pair by hand and transplant.</source>
        <translation>结构在此节点处不同：请手动配对后移植。</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="294"/>
        <source>Pair by hand and transplant.</source>
        <translation>请手动配对后移植。</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="301"/>
        <source> at saved %1</source>
        <translation> 在保存的 %1 处</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="303"/>
        <source>, edge %1</source>
        <translation>，边 %1</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="306"/>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;✘ MXFusion&apos;s &lt;code&gt;Inference.load&lt;/code&gt; is predicted to raise &lt;b&gt;%1&lt;/b&gt;%2&lt;/span&gt;&lt;br&gt;%3</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;✘ 预计 MXFusion 的 &lt;code&gt;Inference.load&lt;/code&gt; 会抛出 &lt;b&gt;%1&lt;/b&gt;%2&lt;/span&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <location filename="../ui/matching/matchingdock.cpp" line="331"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>mxl::MatchingModel</name>
    <message>
        <location filename="../ui/models/matchingmodel.cpp" line="17"/>
        <source>Saved</source>
        <translation>保存的</translation>
    </message>
    <message>
        <location filename="../ui/models/matchingmodel.cpp" line="17"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/models/matchingmodel.cpp" line="17"/>
        <source>Current</source>
        <translation>当前的</translation>
    </message>
    <message>
        <location filename="../ui/models/matchingmodel.cpp" line="18"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/models/matchingmodel.cpp" line="18"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../ui/models/matchingmodel.cpp" line="18"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../ui/models/matchingmodel.cpp" line="55"/>
        <source>ambiguous</source>
        <translation>有歧义</translation>
    </message>
    <message>
        <location filename="../ui/models/matchingmodel.cpp" line="55"/>
        <source>unmatched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location filename="../ui/models/matchingmodel.cpp" line="57"/>
        <source>? %1</source>
        <translation>? %1</translation>
    </message>
    <message>
        <location filename="../ui/models/matchingmodel.cpp" line="93"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../ui/models/matchingmodel.cpp" line="112"/>
        <source>No current component was matched; the grey one is the best candidate. Select it in the current graph and press Pair, or accept suggestions.</source>
        <translation>没有匹配到当前组件；灰色的是最佳候选。请在当前计算图中选中它并按“配对”，或接受建议。</translation>
    </message>
    <message>
        <location filename="../ui/models/matchingmodel.cpp" line="114"/>
        <source>Matched by rule &apos;%1&apos;</source>
        <translation>按规则 &apos;%1&apos; 匹配</translation>
    </message>
</context>
<context>
    <name>mxl::OutlineModel</name>
    <message>
        <location filename="../ui/models/outlinemodel.cpp" line="15"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/models/outlinemodel.cpp" line="15"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/models/outlinemodel.cpp" line="15"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/models/outlinemodel.cpp" line="42"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/models/outlinemodel.cpp" line="42"/>
        <source>posterior</source>
        <translation>后验</translation>
    </message>
    <message>
        <location filename="../ui/models/outlinemodel.cpp" line="58"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/models/outlinemodel.cpp" line="58"/>
        <source>Posterior %1</source>
        <translation>后验 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/outlinemodel.cpp" line="85"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n 个组件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/outlinemodel.cpp" line="103"/>
        <source>observed</source>
        <translation>已观测</translation>
    </message>
    <message>
        <location filename="../ui/models/outlinemodel.cpp" line="103"/>
        <source>, observed</source>
        <translation>，已观测</translation>
    </message>
</context>
<context>
    <name>mxl::OutlinePanel</name>
    <message>
        <location filename="../ui/panels/outlinepanel.cpp" line="23"/>
        <source>Filter: name, UUID, type, dtype, shape</source>
        <translation>过滤：名称、UUID、类型、数据类型、形状</translation>
    </message>
    <message>
        <location filename="../ui/panels/outlinepanel.cpp" line="25"/>
        <source>Filter outline</source>
        <translation>过滤大纲</translation>
    </message>
    <message>
        <location filename="../ui/panels/outlinepanel.cpp" line="34"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
</context>
<context>
    <name>mxl::OverviewView</name>
    <message>
        <location filename="../ui/graph/overviewview.cpp" line="18"/>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>mxl::ProblemsModel</name>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="11"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="11"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="11"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/models/problemsmodel.cpp" line="12"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>mxl::PropertiesPanel</name>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="65"/>
        <source>Select a node in the graph or the Outline, or a tensor in the Tensors list.</source>
        <translation>在计算图或大纲中选择一个节点，或在张量列表中选择一个张量。</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="109"/>
        <source>&lt;p&gt;No tensor %1 in this file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此文件中没有张量 %1。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="113"/>
        <source>tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="119"/>
        <location filename="../ui/panels/propertiespanel.cpp" line="157"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="121"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="122"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="123"/>
        <source>Stored in</source>
        <translation>存储于</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="125"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="127"/>
        <source>DType</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="128"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="130"/>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="133"/>
        <source>Storage</source>
        <translation>存储方式</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="133"/>
        <source>%1 (shown densified)</source>
        <translation>%1（以稠密形式显示）</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="135"/>
        <location filename="../ui/panels/propertiespanel.cpp" line="137"/>
        <source>Owner</source>
        <translation>所属组件</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="137"/>
        <source>&lt;i&gt;no component of the graph owns this key&lt;/i&gt;</source>
        <translation>&lt;i&gt;计算图中没有组件拥有此键&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="148"/>
        <source>&lt;p&gt;No component %1 in this archive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此归档中没有组件 %1。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="156"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="157"/>
        <source>&lt;i&gt;none (unnamed)&lt;/i&gt;</source>
        <translation>&lt;i&gt;无（未命名）&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="158"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="159"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="161"/>
        <source>Inherited name</source>
        <translation>继承的名称</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="163"/>
        <source>Observed</source>
        <translation>已观测</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="163"/>
        <source>yes (configuration.json)</source>
        <translation>是（configuration.json）</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="166"/>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="169"/>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="172"/>
        <source>Constant</source>
        <translation>常量</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="177"/>
        <source>Shape uses</source>
        <translation>形状使用</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="184"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="184"/>
        <source>Posterior %1</source>
        <translation>后验 %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="202"/>
        <source>&lt;tr&gt;&lt;td colspan=2 style=&apos;color:#777&apos;&gt;no edges&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=2 style=&apos;color:#777&apos;&gt;没有边&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="206"/>
        <source>&lt;h4 style=&apos;margin-bottom:2px&apos;&gt;Internal graphs&lt;/h4&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;</source>
        <translation>&lt;h4 style=&apos;margin-bottom:2px&apos;&gt;内部计算图&lt;/h4&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="208"/>
        <source>&lt;li&gt;%1: %2 nodes, %3 edges&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1：%2 个节点，%3 条边&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="209"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="209"/>
        <source>posterior</source>
        <translation>后验</translation>
    </message>
    <message>
        <location filename="../ui/panels/propertiespanel.cpp" line="230"/>
        <source>&lt;h4 style=&apos;margin-bottom:2px;color:#b02020&apos;&gt;Problems&lt;/h4&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;</source>
        <translation>&lt;h4 style=&apos;margin-bottom:2px;color:#b02020&apos;&gt;问题&lt;/h4&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;</translation>
    </message>
</context>
<context>
    <name>mxl::TensorExportController</name>
    <message>
        <location filename="../ui/document/tensorexportcontroller.cpp" line="38"/>
        <source>safetensors (*.safetensors)</source>
        <translation>safetensors (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/document/tensorexportcontroller.cpp" line="41"/>
        <source>Export every tensor</source>
        <translation>导出所有张量</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/document/tensorexportcontroller.cpp" line="42"/>
        <source>Export %n selected tensor(s)</source>
        <translation>
            <numerusform>导出 %n 个选中的张量</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/document/tensorexportcontroller.cpp" line="44"/>
        <source>safetensors (*.safetensors);;NumPy npz (*.npz)</source>
        <translation>safetensors (*.safetensors);;NumPy npz (*.npz)</translation>
    </message>
</context>
<context>
    <name>mxl::TensorListModel</name>
    <message>
        <location filename="../ui/models/tensorlistmodel.cpp" line="18"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/models/tensorlistmodel.cpp" line="18"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/models/tensorlistmodel.cpp" line="18"/>
        <source>DType</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location filename="../ui/models/tensorlistmodel.cpp" line="19"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../ui/models/tensorlistmodel.cpp" line="19"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/models/tensorlistmodel.cpp" line="20"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../ui/models/tensorlistmodel.cpp" line="106"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../ui/models/tensorlistmodel.cpp" line="126"/>
        <source>%1 (%2)
key %3 in %4</source>
        <translation>%1（%2）
键 %3，位于 %4</translation>
    </message>
    <message>
        <location filename="../ui/models/tensorlistmodel.cpp" line="128"/>
        <source>
%1 elements, %2 bytes</source>
        <translation>
%1 个元素，%2 字节</translation>
    </message>
</context>
<context>
    <name>mxl::TensorListView</name>
    <message>
        <location filename="../ui/panels/tensorlistview.cpp" line="30"/>
        <source>Filter: name, key, group, dtype, shape</source>
        <translation>过滤：名称、键、组、数据类型、形状</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorlistview.cpp" line="32"/>
        <source>Filter tensors</source>
        <translation>过滤张量</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorlistview.cpp" line="33"/>
        <source>Tensor count</source>
        <translation>张量数量</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/tensorlistview.cpp" line="81"/>
        <source>%n tensor(s), %1</source>
        <translation>
            <numerusform>%n 个张量，%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorlistview.cpp" line="83"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>mxl::TensorPanel</name>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="113"/>
        <source>Tensor name</source>
        <translation>张量名称</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="114"/>
        <source>Tensor header</source>
        <translation>张量头</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="115"/>
        <source>Tensor key</source>
        <translation>张量键</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="135"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="138"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="168"/>
        <source>&lt;b&gt;Statistics&lt;/b&gt;</source>
        <translation>&lt;b&gt;统计&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="202"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="203"/>
        <source>Heatmap</source>
        <translation>热图</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="204"/>
        <source>Histogram</source>
        <translation>直方图</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="234"/>
        <source>This tensor cannot be read.

%1</source>
        <translation>无法读取此张量。

%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="255"/>
        <location filename="../ui/panels/tensorpanel.cpp" line="256"/>
        <source>No tensor</source>
        <translation>无张量</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="265"/>
        <source>Select a variable that has a stored tensor, or a row of the Tensors list.</source>
        <translation>请选择一个有存储张量的变量，或张量列表中的一行。</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="294"/>
        <source>little-endian</source>
        <translation>小端序</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="294"/>
        <source>big-endian</source>
        <translation>大端序</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="295"/>
        <source>Fortran</source>
        <translation>Fortran</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="295"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="296"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="298"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="305"/>
        <source>Loading values…</source>
        <translation>正在加载值…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="335"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="335"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="362"/>
        <source>Statistics cancelled.</source>
        <translation>统计已取消。</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="363"/>
        <source>No statistics: %1</source>
        <translation>无统计：%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="364"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="364"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="392"/>
        <source>axis %1 (%2)</source>
        <translation>轴 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/panels/tensorpanel.cpp" line="404"/>
        <source>axis %1</source>
        <translation>轴 %1</translation>
    </message>
</context>
<context>
    <name>mxl::TensorTableModel</name>
    <message>
        <location filename="../ui/models/tensortablemodel.cpp" line="97"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/models/tensortablemodel.cpp" line="99"/>
        <source>axis %1, index %2</source>
        <translation>轴 %1，索引 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/tensortablemodel.cpp" line="119"/>
        <source>Only the first %1 of %2 rows are shown.</source>
        <translation>只显示了 %2 行中的前 %1 行。</translation>
    </message>
    <message>
        <location filename="../ui/models/tensortablemodel.cpp" line="122"/>
        <source>Only the first %1 of %2 columns are shown.</source>
        <translation>只显示了 %2 列中的前 %1 列。</translation>
    </message>
</context>
</TS>
