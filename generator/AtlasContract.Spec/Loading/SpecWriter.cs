using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AtlasContract.Spec.Loading;

/// <summary>Writes a document as YAML (block style, 2-space indent) or as indented JSON.</summary>
public static partial class SpecWriter
{
    public static string ToJson(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    public static string ToYaml(JsonNode node)
    {
        var text = new StringWriter();
        var emitter = new Emitter(text, new EmitterSettings(2, int.MaxValue, false, int.MaxValue));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Write(emitter, node);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    /// <summary>Writes YAML for .yaml/.yml paths, JSON otherwise; nothing is written if serialisation fails.</summary>
    public static void Save(JsonNode node, string path)
    {
        var yaml = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        Files.Write(path, yaml ? ToYaml(node) : ToJson(node));
    }

    private static void Write(IEmitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
                foreach (var (key, value) in obj)
                {
                    Scalar(emitter, key);
                    Write(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray array:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, array.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in array)
                {
                    Write(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case null:
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, "null", ScalarStyle.Plain, true, false));
                break;
            case JsonValue value when value.TryGetValue<string>(out var s):
                Scalar(emitter, s);
                break;
            case JsonValue value:
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value.ToJsonString(), ScalarStyle.Plain, true, false));
                break;
        }
    }

    private static void Scalar(IEmitter emitter, string text)
    {
        var ambiguous = text.Length == 0 || YamlToJson.Resolve(text) is not JsonValue v || !v.TryGetValue<string>(out _) || DateLike().IsMatch(text);
        var style = ambiguous ? ScalarStyle.SingleQuoted : text.Contains('\n') ? ScalarStyle.Literal : ScalarStyle.Any;
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, style, !ambiguous, true));
    }

    /// <summary>YAML 1.1 readers turn these into dates, booleans or octals: always quote them.</summary>
    [GeneratedRegex(@"^(\d{4}-\d\d?-\d\d?.*|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|0\d+)$")]
    private static partial Regex DateLike();
}
