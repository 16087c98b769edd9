using System.Text.Json.Nodes;
using Microsoft.OpenApi.Reader;

namespace AtlasContract.Spec.Loading;

/// <summary>One validation finding, located by JSON pointer.</summary>
public sealed record SpecDiagnostic(string Severity, string Pointer, string Message)
{
    public override string ToString() => $"{Severity} {Pointer}: {Message}";
}

/// <summary>Validates a loaded document against the OpenAPI specification (Microsoft.OpenApi's rule set).</summary>
public static class SpecValidator
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
            list.Add(new SpecDiagnostic("error", e.Pointer ?? "#", e.Message));
        }

        foreach (var w in result.Diagnostic?.Warnings ?? [])
        {
            list.Add(new SpecDiagnostic("warning", w.Pointer ?? "#", w.Message));
        }

        return list;
    }
}
