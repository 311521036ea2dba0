package dev.baton.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.PathGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The FreeMarker engine over {@code templates/}: files in the configured directory win, the copy
 * packaged in the jar fills in. {@code *.json.ftl} escapes for Slack JSON, {@code *.html.ftl} for HTML.
 */
public final class Templates {
    private final Configuration configuration;

    public Templates(Path directory) {
        configuration = new Configuration(Configuration.VERSION_2_3_33);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNumberFormat("computer");
        configuration.setRegisteredCustomOutputFormats(List.of(SlackJsonOutputFormat.INSTANCE));
        configuration.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                byExtension("json.ftl", SlackJsonOutputFormat.INSTANCE),
                byExtension("html.ftl", HTMLOutputFormat.INSTANCE),
                byExtension("txt.ftl", PlainTextOutputFormat.INSTANCE)).allowNoMatch(true));
        configuration.setTemplateLoader(loader(directory));
        configuration.setSharedVariable("plain", new PlainJsonText());
        configuration.setSharedVariable("mention", new SlackMention());
    }

    private static ConditionalTemplateConfigurationFactory byExtension(
            String extension, freemarker.core.OutputFormat format) {
        TemplateConfiguration templateConfiguration = new TemplateConfiguration();
        templateConfiguration.setOutputFormat(format);
        return new ConditionalTemplateConfigurationFactory(
                new PathGlobMatcher("**/*." + extension), templateConfiguration);
    }

    private static TemplateLoader loader(Path directory) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            try {
                loaders.add(new FileTemplateLoader(directory.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, "/templates"));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** Whether a template of that name exists, in the directory or the jar. */
    public boolean exists(String name) {
        try {
            Object source = configuration.getTemplateLoader().findTemplateSource(name);
            if (source != null) {
                configuration.getTemplateLoader().closeTemplateSource(source);
            }
            return source != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Renders the template at {@code name} (relative to templates/) with the model. */
    public String render(String name, Map<String, ?> model) {
        try {
            TextOut out = new TextOut(4096);
            configuration.getTemplate(name).process(new HashMap<>(model), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load template " + name, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
        }
    }
}
