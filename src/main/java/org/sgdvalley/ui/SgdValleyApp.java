package org.sgdvalley.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
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
    /**
     * System property with the launch time (ms since the epoch) of the JVM that started this one for
     * the app, if one did: start-up is measured from there.
     */
    public static final String LAUNCHED_AT = "sgdvalley.launchedAt";

    private static volatile GuiOptions options;
    private static volatile int exitCode;
    private static volatile StartOptions classroomOptions =
            StartOptions.NONE;
    private static volatile Consumer<String> startupReport;
    private static volatile WindowStore windowStore;
    private MainView view;
    /** Saves the window's place; run when the app ends, by the window's close box or File > Quit. */
    private Runnable remember = () -> { };

    /**
     * Makes the next launch report when the window first shows content and when its native libraries
     * have loaded (one line each, to {@code report}), and then end (see {@link StartupProbe}).
     */
    public static void exitAfterStartup(Consumer<String> report) {
        startupReport = Objects.requireNonNull(report);
    }

    /**
     * Where the window's place is remembered between launches; the user's preferences unless set. A
     * screenshot, a recording or a start-up probe neither reads nor writes it.
     */
    public static void useWindowStore(WindowStore store) {
        windowStore = Objects.requireNonNull(store);
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
        WindowStore store = rememberedPlace();
        Scene scene = options.size() == null ? new Scene(view) : new Scene(view, options.size().getWidth(),
                options.size().getHeight());
        scene.getStylesheets().add(Objects.requireNonNull(
                SgdValleyApp.class.getResource("sgd-valley.css")).toExternalForm());
        stage.setTitle("SGD Valley: large step sizes learn sparse features");
        stage.setScene(scene);
        if (options.size() == null) {
            place(stage, store);
        }
        stage.setOnCloseRequest(e -> Platform.exit());
        remember = () -> {
            if (!stage.isFullScreen()) { // presenter view fills the screen; the window comes back as it was
                store.save(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
            }
        };
        stage.show();
        view.start();
        view.classroom().begin(classroomOptions, SgdValleyApp::exit);
        if (options.screenshot() != null) {
            new ScreenshotOnce(view, options.screenshot(), options.afterSteps(), options.overwrite(),
                    classroomOptions.errors()).start();
        }
        if (startupReport != null) {
            new StartupProbe(view, startupReport).start();
        }
        if (options.autoplay() || options.screenshot() != null) {
            vm.play();
        }
    }

    /** The store of the window's place: none for a window that only takes a picture and ends. */
    private static WindowStore rememberedPlace() {
        boolean once = options.screenshot() != null || startupReport != null || classroomOptions.recording() != null;
        if (once) {
            return WindowStore.NONE;
        }
        return windowStore != null ? windowStore : WindowStore.userPreferences();
    }

    /**
     * Sizes and places {@code stage} on the screen it opens on, where it was when last closed if that
     * is still on a screen, and sets the minimum size at which every control is whole.
     */
    static void place(Stage stage, WindowStore store) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowPlacement p = WindowPlacement.choose(store.load(), screens, Screen.getPrimary().getVisualBounds());
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, p.width()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, p.height()));
    }

    @Override
    public void stop() {
        remember.run();
        if (view != null) {
            view.stop();
        }
    }
}
