using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi.Reader;

namespace AtlasContract.Spec.Loading;

/// <summary>One validation finding, located by JSON pointer.</summary>
public sealed record SpecDiagnostic(string Severity, string Pointer, string Message)
{
    public override string ToString() => $"{Severity} {Pointer}: {Message}";
}

/// <summary>Validates a loaded document against the OpenAPI specification (Microsoft.OpenApi's rule set).</summary>
public static partial class SpecValidator
{
    public static IReadOnlyList<SpecDiagnostic> Validate(SpecDocument document)
    {
        var settings = new OpenApiReaderSettings();
        var list = new List<SpecDiagnostic>();
        ReadResult result;
        try
        {
            result = new OpenApiJsonReader().Read(document.Root.DeepClone(), new Uri("file:///" + Uri.EscapeDataString(Path.GetFileName(document.Source))), settings);
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or InvalidOperationException or ArgumentException or NullReferenceException or KeyNotFoundException or System.Text.Json.JsonException or Microsoft.OpenApi.OpenApiException)
        {
            // Microsoft.OpenApi throws on some mistyped fields (e.g. `required: "no"`) instead of reporting them.
            list.Add(new SpecDiagnostic("error", "#", "the OpenAPI reader could not read the document: " + ex.Message));
            return list;
        }

        if (string.IsNullOrEmpty(document.OpenApiVersion))
        {
            list.Add(new SpecDiagnostic("error", "#/openapi", "the document names no OpenAPI version"));
        }

        foreach (var reference in document.ExternalReferences)
        {
            list.Add(new SpecDiagnostic("warning", reference.Pointer, $"$ref '{reference.Target}' names another file or a URL: it was not followed, so what it points to was not validated"));
        }

        foreach (var e in result.Diagnostic?.Errors ?? [])
        {
            list.Add(Judge(document, new SpecDiagnostic("error", e.Pointer ?? "#", e.Message)));
        }

        foreach (var w in result.Diagnostic?.Warnings ?? [])
        {
            list.Add(Judge(document, new SpecDiagnostic("warning", w.Pointer ?? "#", w.Message)));
        }

        return list;
    }

    /// <summary>
    /// Names the schema a message is about (the reader leaves it blank: "Schema  must …"), and rates as warnings what
    /// MongoDB's published specs contain but OpenAPI does not forbid or what does no harm on the wire:
    /// a discriminator property not listed in <c>required</c>, and two templated paths of the same shape whose
    /// methods do not overlap (no request can match both).
    /// </summary>
    private static SpecDiagnostic Judge(SpecDocument document, SpecDiagnostic diagnostic)
    {
        var schema = SchemaName().Match(diagnostic.Pointer) is { Success: true } m ? m.Groups[1].Value.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal) : null;
        var message = schema is null ? diagnostic.Message : diagnostic.Message.Replace("Schema  ", $"Schema '{schema}' ", StringComparison.Ordinal);
        if (schema is not null && DiscriminatorNotRequired().Match(message) is { Success: true } d)
        {
            return diagnostic with
            {
                Severity = "warning",
                Message = $"schema '{schema}': its discriminator property '{d.Groups[1].Value}' is not in its required list. OpenAPI does not forbid this " +
                    "(MongoDB's published specs do it); a payload that omits the property cannot be matched to a subtype",
            };
        }

        if (PathSignature().Match(message) is { Success: true } p && Overlapping(document, p.Groups[1].Value) is { } methods)
        {
            return methods.Count == 0
                ? diagnostic with { Severity = "warning", Message = message + " The paths differ only in their parameter names and share no method, so no request is ambiguous (MongoDB's published specs do this)" }
                : diagnostic with { Message = message + $" Both declare {string.Join(", ", methods).ToUpperInvariant()}: a request cannot tell which operation it calls" };
        }

        return diagnostic with { Message = message };
    }

    /// <summary>The methods declared by more than one path of this template shape ("/a/{}/b/{}"), or null when no path has it.</summary>
    private static List<string>? Overlapping(SpecDocument document, string signature)
    {
        var paths = document.Paths.Where(p => Template().Replace(p.Key, "{}") == signature).Select(p => p.Value as JsonObject).OfType<JsonObject>().ToList();
        if (paths.Count == 0)
        {
            return null;
        }

        string[] methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
        return methods.Where(m => paths.Count(p => p.ContainsKey(m)) > 1).ToList();
    }

    [GeneratedRegex("^#/components/schemas/([^/]+)")]
    private static partial Regex SchemaName();

    [GeneratedRegex("must contain property specified in the discriminator (\\S+) in the required field list")]
    private static partial Regex DiscriminatorNotRequired();

    [GeneratedRegex("The path signature '([^']*)' MUST be unique")]
    private static partial Regex PathSignature();

    [GeneratedRegex("{[^}]*}")]
    private static partial Regex Template();
}
