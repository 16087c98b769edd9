AtlasContract.Cli.BatchHeap.Prepare(args);
return AtlasContract.Cli.Cli.Run(args, Console.Out, Console.Error);
