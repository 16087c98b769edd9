using System.CommandLine;
using AtlasContract.Cli.Reports;
using AtlasContract.Spec.Compat;

namespace AtlasContract.Cli.Commands;

/// <summary><c>compat OLD NEW</c>: can a consumer of OLD's response read NEW's response?</summary>
internal static class CompatCommand
{
    public static Command Create(TextWriter stdout)
    {
        var oldPath = new Argument<string>("OLD") { Description = "The document the consumer was written against" };
        var newPath = new Argument<string>("NEW") { Description = "The document it moves to" };
        var oldOperation = new Option<string?>("--old-operation") { Description = "operationId in OLD (default: the only GET)", HelpName = "ID" };
        var newOperation = new Option<string?>("--new-operation") { Description = "operationId in NEW (default: the only GET)", HelpName = "ID" };
        var status = new Option<string?>("--status") { Description = "Response status to compare (default 200)", HelpName = "CODE" };
        var format = CliOptions.Format("text, json, markdown, junit");
        var output = CliOptions.Output();
        var command = new Command("compat", "Can a consumer of OLD's response read NEW's? Field by field (exit 1 when a field it reads breaks).")
        {
            oldPath, newPath, oldOperation, newOperation, status, format, output,
        };
        command.WithExample("atlas-contract compat spec/atlas-v1.0/getOrgInvites.yaml spec/atlas-v2/listOrgInvites.yaml");
        command.SetAction(r =>
        {
            var reportFormat = Output.Format(r.GetValue(format));
            var (old, now) = DiffCommand.LoadPair(r.GetValue(oldPath)!, r.GetValue(newPath)!);
            var report = CompatChecker.Check(old, now, new CompatOptions(r.GetValue(oldOperation), r.GetValue(newOperation), r.GetValue(status)));
            Output.Write(r.GetValue(output), CompatReports.Render(report, reportFormat), stdout);
            return report.Compatible ? Cli.Passed : Cli.GateFailed;
        });
        return command;
    }
}
