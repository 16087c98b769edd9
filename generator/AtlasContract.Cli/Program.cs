AtlasContract.Cli.BatchHeap.Prepare();
return AtlasContract.Cli.Cli.Run(args, Console.Out, Console.Error);
