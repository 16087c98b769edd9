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
        var result = new OpenApiJsonReader().Read(document.Root.DeepClone(), new Uri("file:///" + Path.GetFileName(document.Source)), settings);
        var list = new List<SpecDiagnostic>();
        if (string.IsNullOrEmpty(document.OpenApiVersion))
        {
            list.Add(new SpecDiagnostic("error", "#/openapi", "the document names no OpenAPI version"));
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
