package org.sgdvalley.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sgdvalley.engine.run.ExperimentController;
import org.sgdvalley.ui.base.BackgroundTaskExecutor;
import org.sgdvalley.ui.classroom.StartOptions;

/**
 * The desktop app. The window appears at once; the trainer builds the first experiment on its own
 * thread, and native libraries load in the background, from one thread in a fixed order
 * ({@link NativeLibraries}).
 */
public final class SgdValleyApp extends Application {
    private static volatile GuiOptions options;
    private static volatile int exitCode;
    private static volatile StartOptions classroomOptions =
            StartOptions.NONE;
    private static volatile java.util.function.Consumer<String> startupReport;
    private MainView view;

    /**
     * Makes the next launch report when the window first shows content and when its native libraries
     * have loaded (one line each, to {@code report}), and then end (see {@link StartupProbe}).
     */
    public static void exitAfterStartup(java.util.function.Consumer<String> report) {
        startupReport = Objects.requireNonNull(report);
    }

    /** Starts the JavaFX application with these options; returns the exit code when the app ends. */
    public static int launch(GuiOptions startOptions) {
        return launch(startOptions, StartOptions.NONE);
    }

    /** Like {@link #launch(GuiOptions)}, with presenter view and an animation to record. */
    public static int launch(GuiOptions startOptions, StartOptions classroom) {
        classroomOptions = Objects.requireNonNull(classroom);
        options = Objects.requireNonNull(startOptions);
        exitCode = 0;
        Application.launch(SgdValleyApp.class);
        return exitCode;
    }

    /** Ends the app with an exit code (a failed screenshot, say). */
    static void exit(int code) {
        exitCode = code;
        Platform.exit();
    }

    @Override
    public void start(Stage stage) {
        NativeLibraries natives = NativeLibraries.startForApp();
        MainViewModel vm = new MainViewModel(options.presets(), options.initial(),
                new ExperimentController(options.initial()), new BackgroundTaskExecutor());
        FailureReporting.install(vm);
        natives.finished().thenAccept(failures -> {
            if (!failures.isEmpty()) {
                // the app goes on; what needs the missing libraries reads NaN or fails with its own message
                Platform.runLater(() -> vm.showMessage("Native libraries missing: " + String.join("; ", failures)));
            }
        });
        view = new MainView(vm);
        view.selectView(options.view());
        Scene scene = new Scene(view, 1500, 940);
        scene.getStylesheets().add(Objects.requireNonNull(
                SgdValleyApp.class.getResource("sgd-valley.css")).toExternalForm());
        stage.setTitle("SGD Valley: large step sizes learn sparse features");
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> Platform.exit());
        stage.show();
        view.start();
        view.classroom().begin(classroomOptions, SgdValleyApp::exit);
        if (options.screenshot() != null) {
            new ScreenshotOnce(view, options.screenshot(), options.afterSteps(), options.overwrite()).start();
        }
        if (startupReport != null) {
            new StartupProbe(view, startupReport).start();
        }
        if (options.autoplay() || options.screenshot() != null) {
            vm.play();
        }
    }

    @Override
    public void stop() {
        if (view != null) {
            view.stop();
        }
    }
}
